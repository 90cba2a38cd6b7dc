package jielong.exercises.ch17;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jielong.course.reasoning.Trip;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 1, title = "a trip's written steps")
class TripStepsTest {
    /** The lesson's own data is the reference. */
    private static void check(int[] speeds, int[] minutes) {
        List<Trip.Leg> legs = new ArrayList<>();
        for (int i = 0; i < speeds.length; i++) legs.add(new Trip.Leg(speeds[i], minutes[i]));
        List<String> want = new Trip("train", legs, false).worked().steps();
        Case c = Case.of("tripSteps(" + Arrays.toString(speeds) + ", " + Arrays.toString(minutes) + ")");
        List<String> got = c.run(() -> Ch17.tripSteps(speeds, minutes));
        c.expectText(String.join("\n", want), got == null ? "null" : String.join("\n", got));
    }

    @Test
    @Points(1)
    void theEssaysExample() {
        check(new int[] {60}, new int[] {30});
    }

    @Test
    @Points(1)
    void twoLegsAndARunningTotal() {
        check(new int[] {60, 40}, new int[] {30, 24});
        check(new int[] {90, 10}, new int[] {54, 6});
    }

    @Test
    @Points(1)
    void longLegsAndManyOfThem() {
        check(new int[] {120, 30, 70, 50}, new int[] {90, 60, 114, 6});
        Random rng = new Random(17);
        for (int k = 0; k < 5; k++) {
            int n = 1 + rng.nextInt(4);
            int[] s = new int[n], m = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = 10 * (1 + rng.nextInt(19));
                m[i] = 6 * (1 + rng.nextInt(30));
            }
            check(s, m);
        }
    }
}
