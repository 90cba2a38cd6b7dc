package jielong.gradefixtures;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

/** Graded-style tests over {@link Misbehaving}, graded by the grader's own tests (never by learners). */
@Exercise(value = 1, title = "misbehaving code")
class MisbehavingTests {
    @Test
    @Points(1)
    void loopsForever() {
        Misbehaving.loopForever();
    }

    @Test
    @Points(1)
    void callsSystemExit() {
        Misbehaving.exit();
    }

    @Test
    @Points(1)
    void allocatesWithoutEnd() {
        Misbehaving.allocateWithoutEnd();
    }

    @Test
    @Points(1)
    void throwsFromLearnerCode() {
        Case c = Case.of("readPastTheEnd(values)").input("values", new int[] {1, 2, 3});
        c.run(() -> Misbehaving.readPastTheEnd(new int[] {1, 2, 3}));
    }

    @Test
    @Points(2)
    void passes() {
        Case.of("1 + 1").expectEqual(2, 1 + 1);
    }
}
