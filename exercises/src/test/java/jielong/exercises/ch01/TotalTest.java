package jielong.exercises.ch01;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.model.Gpt;
import jielong.model.GptConfig;

@Exercise(value = 3, title = "the whole model")
class TotalTest {
    @Test
    @Points(2)
    void tinyModelMatchesParameterCount() {
        GptConfig c = GptConfig.tiny(65);
        Case k = Case.of("total(config)").input("config", c);
        k.expectEqual(new Gpt(c, 1).parameterCount(), k.run(() -> Ch01.total(c)));
    }

    @Test
    @Points(2)
    void gpt2FamilyMatchesThePublishedCounts() {
        PublishedCounts.read().forEach((name, count) -> {
            if (!count.exact()) return;
            Case k = Case.of("total(GptConfig." + name + "())").input("config", count.config());
            k.expectEqual(count.parameters(), k.run(() -> Ch01.total(count.config())));
        });
    }

    @Test
    @Points(2)
    void gpt3IsWithinOnePercentOf175Billion() {
        PublishedCounts.Count gpt3 = PublishedCounts.read().get("gpt3");
        Case k = Case.of("total(GptConfig.gpt3())").input("config", gpt3.config());
        k.expectRelative(gpt3.parameters(), k.run(() -> Ch01.total(gpt3.config())), 0.01);
    }
}
