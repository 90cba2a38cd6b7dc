package jielong.exercises.ch15;

import jielong.cost.Memory;
import jielong.cost.Precision;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "the KV cache's bytes")
class KvBytesTest {
    private static void check(int layers, int width, long tokens, int sequences, int bytes, long want) {
        Case c = Case.of("kvCacheBytes(layers, width, tokens, sequences, bytesPerNumber)").input("layers", layers).input("width", width)
                .input("tokens", tokens).input("sequences", sequences).input("bytesPerNumber", bytes);
        c.expectEqual(want, c.run(() -> Ch15.kvCacheBytes(layers, width, tokens, sequences, bytes)));
    }

    @Test
    @Points(1)
    void smallShapesByHand() {
        check(1, 1, 1, 1, 4, 8);                 // one key and one value of one fp32 number
        check(3, 24, 12, 2, 2, 6_912);           // 2·3·24 = 144 numbers a token, × 12 tokens × 2 sequences × 2 bytes
        check(4, 128, 64, 1, 4, 262_144);        // lesson 04's model, full context, fp32
    }

    @Test
    @Points(1)
    void gpt3NeedsALong() {
        check(96, 12_288, 1, 1, 2, 4_718_592);                 // 4.5 MiB a token in fp16
        check(96, 12_288, 2_048, 16, 2, 154_618_822_656L);     // 16 full conversations: 155 GB, past 2³¹
        GptConfig gpt2 = GptConfig.gpt2();
        check(gpt2.nLayer(), gpt2.nEmbd(), 1_024, 3, 4, Memory.kvCache(gpt2, 1_024, 3, Precision.FP32));
    }
}
