package jielong.exercises.ch01;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.model.Gpt;
import jielong.model.GptConfig;

@Exercise(value = 1, title = "embedding parameters")
class EmbeddingsTest {
    @Test
    @Points(1)
    void tinyModelMatchesItsArrays() {
        GptConfig c = GptConfig.tiny(65);
        Gpt model = new Gpt(c, 1);
        long want = model.parameters().get("wte.weight").size() + model.parameters().get("wpe.weight").size();
        Case k = Case.of("embeddings(config)").input("config", c);
        k.expectEqual(want, k.run(() -> Ch01.embeddings(c)));
    }

    @Test
    @Points(1)
    void gpt3DoesNotOverflowAnInt() {
        GptConfig c = GptConfig.gpt3();
        Case k = Case.of("embeddings(GptConfig.gpt3())").input("config", c);
        k.expectEqual(50257L * 12288 + 2048L * 12288, k.run(() -> Ch01.embeddings(c)));
    }
}
