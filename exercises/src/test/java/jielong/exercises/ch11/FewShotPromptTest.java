package jielong.exercises.ch11;

import java.util.List;

import jielong.course.prompts.FewShot;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "a few-shot prompt")
class FewShotPromptTest {
    /** The lesson's own prompt builder, the one the model was measured with, is the reference. */
    private static void check(List<String[]> examples, String query) {
        Case c = Case.of("fewShotPrompt(examples, \"" + query + "\")").input("examples", examples.stream().map(e -> e[0] + " -> " + e[1]).toList());
        c.expectText(FewShot.prompt(examples, query), c.run(() -> Ch11.fewShotPrompt(examples, query)));
    }

    @Test
    @Points(1)
    void noExamplesIsZeroShot() {
        check(List.of(), "bad");
    }

    @Test
    @Points(1)
    void oneExample() {
        check(List.<String[]>of(new String[] {"abc", "qsw"}), "cab");
    }

    @Test
    @Points(1)
    void eightExamplesInOrder() {
        List<String[]> e = List.of(new String[] {"abc", "pqr"}, new String[] {"hhg", "wwv"}, new String[] {"def", "stu"},
                new String[] {"gad", "vps"}, new String[] {"bee", "qtt"}, new String[] {"fac", "upr"}, new String[] {"hab", "wpq"},
                new String[] {"ccc", "rrr"});
        check(e, "hed");
    }
}
