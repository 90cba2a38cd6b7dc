package jielong.exercises.ch01;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Hidden;
import jielong.grade.Points;
import jielong.model.Gpt;
import jielong.model.GptConfig;

/** A teacher's hidden test: a shape no notebook uses, counted against the model's arrays. */
@Hidden
@Exercise(value = 3, title = "the whole model")
class TotalHiddenTest {
    @Test
    @Points(1)
    void anUnusualShape() {
        GptConfig c = new GptConfig(300, 40, 3, 5, 40, 0f);
        Case k = Case.of("total(config)").input("config", c);
        k.expectEqual(new Gpt(c, 2).parameterCount(), k.run(() -> Ch01.total(c)));
    }
}
