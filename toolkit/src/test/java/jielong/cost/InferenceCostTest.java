package jielong.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;

/** Inference cost (forward FLOPs, weight and KV-cache bytes) against counts done by hand. */
class InferenceCostTest {
    /** 3 layers, 3 heads, width 24, context 12, vocabulary 100. */
    private static final GptConfig SHAPE = new GptConfig(100, 12, 3, 3, 24, 0f);

    /**
     * Per layer: qkv 24·72 + 72 = 1,800, projection 24·24 + 24 = 600, MLP 24·96 + 96 = 2,400 and
     * 96·24 + 24 = 2,328, two layer norms 2·48 = 96: 7,224; three layers and the final norm (48)
     * give N = 21,720. Embeddings: 100·24 + 12·24 = 2,688, so 24,408 in all.
     */
    @Test
    void forwardFlopsOfOneTokenMatchAHandCount() {
        long n = 3 * ((24 * 72 + 72) + (24 * 24 + 24) + (24 * 96 + 96) + (96 * 24 + 24) + 2 * 48) + 48;
        assertEquals(21_720, n);
        Flops f = Flops.forwardPerToken(SHAPE, 12);
        assertEquals(2 * 21_720, f.dense());
        assertEquals(2 * 3 * 12 * 24, f.attention()); // 1,728: scores and weighted values over 12 tokens
        assertEquals(2 * 24 * 100, f.logits());
        assertEquals(43_440 + 1_728, f.total());
        // Training is forward plus a backward of twice the forward, over the full context.
        assertEquals(Flops.perToken(SHAPE).total(), 3 * Flops.forwardPerToken(SHAPE, SHAPE.blockSize()).total());
    }

    @Test
    void weightBytesAtEachPrecision() {
        assertEquals(24_408, ParameterCount.of(SHAPE).total());
        assertEquals(24_408 * 4, Memory.weights(SHAPE, Precision.FP32));
        assertEquals(24_408 * 2, Memory.weights(SHAPE, Precision.BF16));
        assertEquals(24_408, Memory.weights(SHAPE, Precision.INT8));
        assertEquals(12_204, Memory.weights(SHAPE, Precision.INT4));
        assertEquals(24_408 * 16, Memory.trainingAdamW(SHAPE));
        assertEquals(2, Precision.INT4.bytes(3), "three 4-bit numbers still need two bytes");
    }

    /** One key and one value of width 24 per layer and token: 2·3·24 = 144 numbers a token. */
    @Test
    void kvCacheBytesMatchAHandCount() {
        assertEquals(144 * 12 * 2 * 2, Memory.kvCache(SHAPE, 12, 2, Precision.FP16)); // 6,912 bytes
        // GPT-3 (96 layers, width 12,288) in fp16: 2·96·12,288·2 bytes = 4,718,592 bytes (4.5 MiB) a token.
        assertEquals(4_718_592, Memory.kvCache(GptConfig.gpt3(), 1, 1, Precision.FP16));
    }
}
