package jielong.exercises.ch13;

import java.util.List;

import jielong.agent.MajorityVote;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "a majority vote")
class MajorityVoteTest {
    /** The toolkit's vote, which the notebook's agent uses, is the reference. */
    private static void check(List<String> answers) {
        Case c = Case.of("majorityVote(answers)").input("answers", answers);
        c.expectText(MajorityVote.of(answers).winner(), c.run(() -> Ch13.majorityVote(answers)));
    }

    @Test
    @Points(1)
    void theMostFrequentWins() {
        check(List.of("1957", "1975", "1957", "1957", "1907"));
        check(List.of("Vinoford", "Valhawick", "Valhawick"));
    }

    @Test
    @Points(1)
    void spacesDoNotSplitTheVote() {
        check(List.of("238", " 248", "248 ", "238 ", " 248"));
    }

    @Test
    @Points(1)
    void aTieGoesToTheFirstAnswer() {
        check(List.of("teacher", "baker", "baker", "teacher"));
        check(List.of("a", "b", "c"));
        check(List.of("only"));
    }

    @Test
    @Points(1)
    void noAnswersIsAnError() {
        Case c = Case.of("majorityVote([])");
        try {
            String got = Ch13.majorityVote(List.of());
            throw c.fail("expected an IllegalArgumentException for an empty list, got " + got);
        } catch (IllegalArgumentException expected) {
            // the vote says what is wrong
        }
    }
}
