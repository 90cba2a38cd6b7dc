package jielong.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jielong.experiment.RunSpec;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;

class FlopsTest {

    /**
     * Counted by hand for 2 layers, width 32, context 16, vocabulary 65, from the matrices of one
     * block (Kaplan et al. 2020, Table 1), forward FLOPs per token = 2 per weight:
     * qkv 32·96 + 96 bias, projection 32·32 + 32, MLP 32·128 + 128 and 128·32 + 32, two layer norms
     * 2·64 per block, final layer norm 64. Attention: 2·layers·context·width.
     */
    @Test
    void matchesAHandCountForOneShape() {
        long perBlock = (32 * 96 + 96) + (32 * 32 + 32) + (32 * 128 + 128) + (128 * 32 + 32) + 2 * 64;
        long nonEmbedding = 2 * perBlock + 64;
        assertEquals(25_472, nonEmbedding);
        long forwardPerToken = 2 * nonEmbedding + 2 * 2 * 16 * 32;
        long trainingPerToken = 3 * forwardPerToken; // backward costs twice the forward
        assertEquals(158_976, trainingPerToken);

        GptConfig shape = new GptConfig(65, 16, 2, 2, 32, 0f);
        Flops f = Flops.perToken(shape);
        assertEquals(trainingPerToken, f.total());
        assertEquals(6 * 32 * 65, f.logits());
        assertEquals(158_976_000.0, Flops.training(shape, 1000), 0.0);
    }

    @Test
    void aRunCountsTheTokensOfItsWholeSteps() {
        GptConfig shape = new GptConfig(65, 16, 2, 2, 32, 0f);
        RunSpec run = RunSpec.of(shape, 1000, 4, 1e-3f, 1); // 64 tokens a step: 16 steps, 1024 tokens
        assertEquals(16, run.steps());
        assertEquals("L2-d32-D1k", run.id());
        assertEquals(158_976.0 * 1024, run.flops(), 0.0);
    }
}
