package jielong.exercises.ch01;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.model.Gpt;
import jielong.model.GptConfig;

@Exercise(value = 2, title = "parameters of one block")
class PerBlockTest {
    /** The block's arrays counted in a real model: every parameter named h.0.… */
    static long countedInModel(GptConfig c) {
        long n = 0;
        for (var e : new Gpt(c, 1).parameters().entrySet()) if (e.getKey().startsWith("h.0.")) n += e.getValue().size();
        return n;
    }

    @Test
    @Points(2)
    void tinyBlockMatchesItsArrays() {
        GptConfig c = GptConfig.tiny(65);
        Case k = Case.of("perBlock(config)").input("config", c);
        k.expectEqual(countedInModel(c), k.run(() -> Ch01.perBlock(c)));
    }

    @Test
    @Points(1)
    void anotherWidth() {
        GptConfig c = new GptConfig(10, 8, 1, 3, 24, 0f);
        Case k = Case.of("perBlock(config)").input("config", c);
        k.expectEqual(countedInModel(c), k.run(() -> Ch01.perBlock(c)));
    }

    @Test
    @Points(1)
    void gpt2BlockIsTwelveWidthSquaredPlusThirteenWidth() {
        GptConfig c = GptConfig.gpt2();
        long d = c.nEmbd();
        Case k = Case.of("perBlock(GptConfig.gpt2())").input("config", c);
        k.expectEqual(12 * d * d + 13 * d, k.run(() -> Ch01.perBlock(c)));
    }

}
