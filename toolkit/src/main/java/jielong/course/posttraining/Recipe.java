package jielong.course.posttraining;

import java.util.ArrayList;
import java.util.List;

import jielong.model.GptConfig;
import jielong.train.TrainConfig;

/**
 * Every setting of lesson 18's pipeline.
 *
 * @param width          residual width (heads of 16)
 * @param layers         transformer blocks
 * @param drillSums      sums in the pre-training stream
 * @param pretrainSteps  pre-training steps (windows of {@link Sums#CONTEXT} tokens)
 * @param pretrainBatch  windows per step
 * @param sftSteps       SFT steps
 * @param sftBatch       questions per SFT step
 * @param pairs          training preference pairs (one per sum)
 * @param rmSteps        reward-model steps
 * @param rmBatch        pairs per reward-model step
 * @param rlSteps        RL steps per β
 * @param rlPrompts      questions per RL step
 * @param rlSamples      responses sampled per question (the leave-one-out group)
 * @param rlMeasurements measurements along each RL run
 * @param dpoSteps       DPO steps
 * @param dpoBatch       pairs per DPO step
 * @param dpoBeta        DPO's β
 * @param heldOut        held-out sums every stage is scored on
 * @param evalSamples    responses sampled per held-out question to estimate reward and KL
 * @param learningRate   peak learning rate of pre-training and SFT
 * @param rmLearningRate peak learning rate of the reward model (lower: it starts from the SFT model and should keep what it knows)
 * @param rlLearningRate learning rate of RL (constant after a short warm-up)
 * @param dpoLearningRate learning rate of DPO
 * @param seed           weights, data and batches
 */
public record Recipe(int width, int layers, int drillSums, int pretrainSteps, int pretrainBatch, int sftSteps, int sftBatch, int pairs,
                     int rmSteps, int rmBatch, int rlSteps, int rlPrompts, int rlSamples, int rlMeasurements, int dpoSteps, int dpoBatch,
                     float dpoBeta, int heldOut, int evalSamples, float learningRate, float rmLearningRate, float rlLearningRate, float dpoLearningRate, long seed) {
    public Recipe {
        if (width < 16 || width % 16 != 0) throw new IllegalArgumentException("the width is a multiple of 16 (heads of 16), got " + width);
        if (layers < 1 || pretrainSteps < 1 || sftSteps < 1 || rmSteps < 1 || rlSteps < 1 || dpoSteps < 1 || heldOut < 1 || pairs < 1) {
            throw new IllegalArgumentException("layers, steps, held-out sums and pairs must all be positive: " + this);
        }
        if (rlSamples < 2) throw new IllegalArgumentException("RL needs at least 2 responses per question for its baseline, got " + rlSamples);
    }

    /** The GPT every stage shares: vocabulary of the sums, context {@link Sums#CONTEXT}, no dropout. */
    public GptConfig shape() {
        return new GptConfig(Sums.tokenizer().vocabSize(), Sums.CONTEXT, layers, width / 16, width, 0f);
    }

    /** AdamW with a tenth of the steps as warm-up (at most 20 for RL and DPO), decay to a tenth, clipping at 1. */
    TrainConfig config(int steps, int batch, float lr, float weightDecay) {
        int warmup = weightDecay == 0f ? Math.min(20, Math.max(1, steps / 10)) : Math.max(1, steps / 10);
        return new TrainConfig(steps, batch, lr, lr / 10, warmup, weightDecay, 0.9f, 0.99f, 1f, 0, 1, Math.max(1, steps / 4), seed);
    }

    /**
     * A stage's run name, {@code sft-L2-d48-s300-seed18-3f2a9c1b}: the last part is a hash of every
     * setting the stage depends on, its own and those of the stages it starts from, so that changing
     * one trains again what it changes and loads the rest.
     */
    public String id(String stage) {
        List<Object> upstream = new ArrayList<>(List.of(width, layers, drillSums, pretrainSteps, pretrainBatch, learningRate, heldOut, seed));
        int steps = pretrainSteps;
        if (!stage.equals("pretrain")) {
            upstream.addAll(List.of(sftSteps, sftBatch));
            steps = sftSteps;
        }
        if (!stage.equals("pretrain") && !stage.equals("sft")) {
            upstream.addAll(List.of(pairs, rmSteps, rmBatch, rmLearningRate, evalSamples)); // RL and DPO are scored by the reward model
            steps = rmSteps;
        }
        if (stage.startsWith("rl") || stage.startsWith("dpo")) upstream.add("reward in SFT standard deviations");
        if (stage.startsWith("rl")) {
            upstream.addAll(List.of(rlSteps, rlPrompts, rlSamples, rlMeasurements, rlLearningRate));
            steps = rlSteps;
        } else if (stage.startsWith("dpo")) {
            upstream.addAll(List.of(dpoSteps, dpoBatch, dpoBeta, dpoLearningRate));
            steps = dpoSteps;
        }
        return stage + "-L" + layers + "-d" + width + "-s" + steps + "-seed" + seed + "-" + String.format("%08x", upstream.hashCode());
    }
}
