package jielong.exercises.ch05;

import java.io.ByteArrayOutputStream;

import jielong.course.compression.Frequencies;
import jielong.grade.Case;

/**
 * The toolkit's ArithmeticEncoder, line for line, except that the interval is narrowed by the
 * learner's {@code narrow}: if that step is right, the bytes come out identical.
 */
final class EncoderWithYourStep {
    private static final long FULL = 1L << 32, HALF = FULL >>> 1, QUARTER = FULL >>> 2, MASK = FULL - 1;

    private final Case c;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int current, filled;
    private long low = 0, high = MASK; // inclusive, as in the toolkit; the learner sees [low, high + 1)
    private int pending, coded;

    EncoderWithYourStep(Case c) {
        this.c = c;
    }

    void encode(Frequencies f, int s) {
        long[] cumulative = cumulative(f);
        long oldLow = low, oldEnd = high + 1;
        long[] next = c.run(() -> Ch05.narrow(oldLow, oldEnd, cumulative, s));
        // A slice outside the interval would send the renormalisation below off into nonsense.
        c.expectThat(next != null && next.length == 2 && oldLow <= next[0] && next[0] < next[1] && next[1] <= oldEnd,
                "at symbol " + coded + " (" + s + "), narrow(" + oldLow + ", " + oldEnd + ", cumulative, " + s + ") returned "
                        + (next == null || next.length != 2 ? "not two numbers" : "[" + next[0] + ", " + next[1] + ")")
                        + ", which is not a non-empty part of [" + oldLow + ", " + oldEnd + ")");
        low = next[0];
        high = next[1] - 1;
        coded++;
        while (((low ^ high) & HALF) == 0) {
            int b = (int) (low >>> 31);
            write(b);
            for (; pending > 0; pending--) write(b ^ 1);
            low = (low << 1) & MASK;
            high = ((high << 1) & MASK) | 1;
        }
        while ((low & ~high & QUARTER) != 0) {
            pending++;
            low = (low << 1) ^ HALF;
            high = ((high ^ HALF) << 1) | HALF | 1;
        }
    }

    byte[] finish() {
        write(1);
        while (filled != 0) write(0);
        return bytes.toByteArray();
    }

    /** A toolkit table as the cumulative counts the exercise works with: starts of slices, then the total. */
    static long[] cumulative(Frequencies f) {
        int n = 0; // the last symbol: every slice holds at least 1, so it is the first to end at the total
        while (f.high(n) < f.total()) n++;
        long[] cumulative = new long[n + 2];
        for (int s = 0; s <= n; s++) cumulative[s] = f.low(s);
        cumulative[n + 1] = f.total();
        return cumulative;
    }

    private void write(int bit) {
        current = (current << 1) | bit;
        if (++filled == 8) {
            bytes.write(current);
            current = filled = 0;
        }
    }
}
