package jielong.exercises.ch12;

import jielong.data.QaMixture;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "the retrieval prompt")
class RagPromptTest {
    /** The format the model was trained on is the reference. */
    private static void check(String passage, String question) {
        Case c = Case.of("ragPrompt(\"" + passage + "\", \"" + question + "\")");
        c.expectText(QaMixture.readingPrompt(passage, question), c.run(() -> Ch12.ragPrompt(passage, question)));
    }

    @Test
    @Points(1)
    void aBiography() {
        check("Kavo Renmi was born in Lumerewick in 1954 and works as a violin maker.", "Where was Kavo Renmi born?");
    }

    @Test
    @Points(1)
    void anEvent() {
        check("In 2015, Tavo Merin opened the Korlin Museum in Varnholt.", "Who opened the Korlin Museum?");
    }

    @Test
    @Points(1)
    void yourOwnNote() {
        check("Cats sleep sixteen hours a day.", "How long do cats sleep?");
    }
}
