package jielong.gradefixtures;

import java.util.ArrayList;
import java.util.List;

/** Stands in for learner code that goes wrong in every way a grader has to survive. */
final class Misbehaving {
    private Misbehaving() {}

    static int loopForever() {
        long n = 0;
        while (n >= 0) n = (n + 1) % 1000; // never ends
        return (int) n;
    }

    static void exit() {
        System.exit(0);
    }

    static int allocateWithoutEnd() {
        List<long[]> hoard = new ArrayList<>();
        while (true) hoard.add(new long[1 << 20]);
    }

    static int readPastTheEnd(int[] values) {
        return values[values.length];
    }
}
