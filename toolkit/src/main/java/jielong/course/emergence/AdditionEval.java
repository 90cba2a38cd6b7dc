package jielong.course.emergence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jielong.data.ArithmeticProblem;
import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.experiment.AnswerMetrics;
import jielong.model.Gpt;
import jielong.train.Examples;

/**
 * Scores a GPT on held-out sums four ways: it answers each by greedy decoding (the most likely
 * token at each of the answer's 6 positions, each fed back in), and the answers
 * are compared with the right ones by {@link AnswerMetrics}; the per-token loss is measured with
 * the right answer fed in (teacher forcing), in nats.
 */
public final class AdditionEval {
    private AdditionEval() {}

    /**
     * One model's scores on a set of problems.
     *
     * @param exactMatch      share of answers entirely right
     * @param tokenAccuracy   share of answer tokens right, position by position (p)
     * @param lossNats        mean cross-entropy per answer token, nats
     * @param editDistance    mean token edit distance per answer
     * @param predictedExact  p^L, L = 6 tokens: the exact match of independent tokens
     * @param positionProduct the product of the 6 positions' own accuracies: independent tokens
     *                        that differ in difficulty (never above p^L, by the AM-GM inequality)
     * @param byPosition      share right at each of the 6 answer positions, units digit first
     * @param problems        problems scored
     */
    public record Scores(double exactMatch, double tokenAccuracy, double lossNats, double editDistance,
                         double predictedExact, double positionProduct, double[] byPosition, int problems) {
        /** The scores in the order of {@link AdditionFamily#COLUMNS}: the six numbers, then the positions'. */
        public double[] values() {
            double[] v = Arrays.copyOf(new double[] {exactMatch, tokenAccuracy, lossNats, editDistance, predictedExact, positionProduct},
                    6 + byPosition.length);
            System.arraycopy(byPosition, 0, v, 6, byPosition.length);
            return v;
        }
    }

    /** The model's greedy answers to the problems, in order, 6 tokens each. */
    public static List<int[]> answers(Gpt model, List<ArithmeticProblem> problems) {
        int b = problems.size(), t0 = AdditionTask.PROMPT_LENGTH, v = model.config.vocabSize();
        int[][] seqs = new int[b][];
        for (int r = 0; r < b; r++) seqs[r] = AdditionTask.prompt(problems.get(r));
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int t = t0; t < t0 + AdditionTask.ANSWER_LENGTH; t++) {
                int[] idx = new int[b * t];
                for (int r = 0; r < b; r++) System.arraycopy(seqs[r], 0, idx, r * t, t);
                float[] logits = model.forward(idx, t).host().data;
                for (int r = 0; r < b; r++) {
                    int best = 0, row = (r * t + t - 1) * v;
                    for (int k = 1; k < v; k++) if (logits[row + k] > logits[row + best]) best = k;
                    seqs[r] = Arrays.copyOf(seqs[r], t + 1);
                    seqs[r][t] = best;
                }
            }
        }
        List<int[]> out = new ArrayList<>(b);
        for (int[] s : seqs) out.add(Arrays.copyOfRange(s, t0, s.length));
        return out;
    }

    /** Exact match, per-token accuracy (in all and at each position), loss, edit distance and the p^L prediction on the problems. */
    public static Scores score(Gpt model, List<ArithmeticProblem> problems) {
        if (problems.isEmpty()) throw new IllegalArgumentException("give at least one problem to score");
        List<int[]> answers = answers(model, problems);
        AnswerMetrics.Tally tally = new AnswerMetrics.Tally();
        int[] lengths = new int[problems.size()];
        int[] rightAt = new int[AdditionTask.ANSWER_LENGTH];
        for (int i = 0; i < problems.size(); i++) {
            int[] truth = AdditionTask.answer(problems.get(i)), answer = answers.get(i);
            tally.add(answer, truth);
            lengths[i] = truth.length;
            for (int j = 0; j < truth.length; j++) if (answer[j] == truth[j]) rightAt[j]++;
        }
        double p = tally.tokenAccuracy(), product = 1;
        double[] byPosition = new double[rightAt.length];
        for (int j = 0; j < rightAt.length; j++) {
            byPosition[j] = (double) rightAt[j] / problems.size();
            product *= byPosition[j];
        }
        return new Scores(tally.exactMatch(), p, loss(model, problems), tally.meanEditDistance(),
                AnswerMetrics.predictedExactMatch(p, lengths), product, byPosition, problems.size());
    }

    /** Mean cross-entropy over the right answers' tokens, nats per token, with the right answer fed in. */
    public static double loss(Gpt model, List<ArithmeticProblem> problems) {
        Examples.Example[] ex = new Examples.Example[problems.size()];
        for (int r = 0; r < ex.length; r++) {
            ex[r] = Examples.Example.of(AdditionTask.prompt(problems.get(r)), AdditionTask.answer(problems.get(r)));
        }
        Examples.Batch batch = Examples.batch(ex);
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            return Ops.crossEntropy(model.forward(batch.x(), batch.t()), batch.y(), batch.weights()).item();
        }
    }
}
