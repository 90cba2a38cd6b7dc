package jielong.course.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import jielong.api.Completion;
import jielong.api.CompletionModel;
import jielong.api.CompletionOptions;
import jielong.data.WordTask;

/** The task curve, measured on a model whose answers are known in advance: one that reads the task off its first example. */
class FewShotTest {

    /** Answers the last question with the task its first example shows, or copies the word when there is none. */
    static final CompletionModel READS_FIRST_EXAMPLE = new CompletionModel() {
        public String name() {
            return "oracle";
        }

        public int contextLength() {
            return 1000;
        }

        public Completion complete(String prompt, CompletionOptions options) {
            String[] lines = prompt.split("\n");
            String query = lines[lines.length - 2].substring(3);
            WordTask task = WordTask.COPY;
            if (lines.length > 2) {
                for (WordTask t : WordTask.values()) if (t.apply(lines[0].substring(3)).equals(lines[1].substring(3))) task = t;
            }
            return new Completion(task.apply(query), Completion.STOP, prompt.length(), 3);
        }
    };

    @Test
    void zeroShotGetsOnlyTheDefaultTaskAndOneExampleTellsTheRest() {
        List<FewShot.TaskPoint> curve = FewShot.taskCurve(READS_FIRST_EXAMPLE, new int[] {0, 1, 4}, 7, 3);
        assertEquals(0.25, curve.get(0).accuracy(), 1e-12);
        assertEquals(1.0, curve.get(0).accuracy(WordTask.COPY), 1e-12);
        assertEquals(0.0, curve.get(0).accuracy(WordTask.SPACED), 1e-12);
        assertEquals(1.0, curve.get(1).accuracy(), 1e-12);
        assertEquals(1.0, curve.get(2).accuracy(), 1e-12);
        assertEquals(7, curve.get(2).trials());
    }

    @Test
    void thePromptEndsWithTheQuestionInTheTrainingFormat() {
        String p = FewShot.prompt(List.<String[]>of(new String[] {"cat", "CAT"}), "dog");
        assertEquals("Q: cat\nA: CAT\nQ: dog\nA: ", p);
    }
}
