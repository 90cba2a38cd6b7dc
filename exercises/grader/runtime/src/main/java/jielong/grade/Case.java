package jielong.grade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One call of the learner's code in a graded test: it runs the call and compares what came back,
 * and when something is wrong it fails with a message that names the call, says what was expected
 * and what came back, and shows the input, never a stack trace.
 *
 * <pre>{@code
 * Case c = Case.of("scores(q, k)").input("q", q).input("k", k);
 * float[][] got = c.run(() -> Ch03.scores(q, k));
 * c.expectMatrix(want, got, 1e-5);
 * }</pre>
 */
public final class Case {
    private final String call;
    private final List<String> inputs = new ArrayList<>();

    private Case(String call) {
        this.call = call;
    }

    /** A case for the call written as the learner would read it, such as {@code "scores(q, k)"}. */
    public static Case of(String call) {
        return new Case(call);
    }

    /** Records an input to show in a failure message. */
    public Case input(String name, Object value) {
        inputs.add(name + " = " + Show.value(value));
        return this;
    }

    /** Runs the learner's code; an exception it throws becomes a readable failure. */
    public <T> T run(Supplier<T> learnerCall) {
        try {
            return learnerCall.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw fail(LearnerError.describe(e));
        }
    }

    /** Runs learner code that returns nothing (it changes its arguments in place). */
    public void run(Runnable learnerCall) {
        run(() -> {
            learnerCall.run();
            return null;
        });
    }

    public void expectEqual(long want, long got) {
        if (want != got) throw fail("expected " + want + ", got " + got + differenceNote(want, got));
    }

    /** Passes when |want − got| ≤ tolerance. */
    public void expectClose(double want, double got, double tolerance) {
        if (!(Math.abs(want - got) <= tolerance)) {
            throw fail("expected " + Show.number(want) + ", got " + Show.number(got) + " (tolerance " + tolerance + ")");
        }
    }

    /** Passes when got is within a fraction of want, such as 0.01 for 1%. */
    public void expectRelative(double want, double got, double fraction) {
        if (!(Math.abs(want - got) <= fraction * Math.abs(want))) {
            throw fail("expected " + Show.number(want) + " within " + fraction * 100 + "%, got " + Show.number(got)
                    + String.format(" (off by %.2f%%)", 100 * Math.abs(want - got) / Math.abs(want)));
        }
    }

    public void expectText(String want, String got) {
        if (!want.equals(got)) throw fail("expected " + Show.value(want) + ", got " + Show.value(got));
    }

    public void expectInts(int[] want, int[] got) {
        if (got == null) throw fail("expected " + Show.ints(want) + ", got null");
        int at = Arrays.mismatch(want, got);
        if (at < 0) return;
        if (want.length != got.length) {
            throw fail("expected " + want.length + " values, got " + got.length + ": expected " + Show.ints(want) + ", got " + Show.ints(got));
        }
        throw fail("first difference at [" + at + "]: expected " + want[at] + ", got " + got[at]
                + "; expected " + Show.ints(want) + ", got " + Show.ints(got));
    }

    public void expectFloats(float[] want, float[] got, double tolerance) {
        double[] w = new double[want.length];
        for (int i = 0; i < w.length; i++) w[i] = want[i];
        expectDoubles(w, got, tolerance);
    }

    /** Learner floats against values the test computed in double precision. */
    public void expectDoubles(double[] want, float[] got, double tolerance) {
        if (got == null) throw fail("expected " + want.length + " values, got null");
        double[] g = new double[got.length];
        for (int i = 0; i < g.length; i++) g[i] = got[i];
        expectDoubles(want, g, tolerance);
    }

    public void expectDoubles(double[] want, double[] got, double tolerance) {
        if (got == null) throw fail("expected " + want.length + " values, got null");
        if (want.length != got.length) {
            throw fail("expected " + want.length + " values, got " + got.length + ": " + Show.doubles(got));
        }
        for (int i = 0; i < want.length; i++) {
            if (!(Math.abs(want[i] - got[i]) <= tolerance)) {
                throw fail("first difference at [" + i + "]: expected " + Show.number(want[i]) + ", got " + Show.number(got[i])
                        + " (tolerance " + tolerance + "); expected " + Show.doubles(want) + ", got " + Show.doubles(got));
            }
        }
    }

    /** Compares shapes first, then values row by row. */
    public void expectMatrix(float[][] want, float[][] got, double tolerance) {
        if (!Show.shape(want).equals(Show.shape(got))) {
            throw fail("expected shape " + Show.shape(want) + ", got " + Show.shape(got));
        }
        for (int r = 0; r < want.length; r++) {
            for (int c = 0; c < want[r].length; c++) {
                if (!(Math.abs(want[r][c] - got[r][c]) <= tolerance)) {
                    throw fail("first difference at [" + r + "][" + c + "]: expected " + want[r][c] + ", got " + got[r][c]
                            + " (tolerance " + tolerance + "); expected row " + r + " = " + Show.floats(want[r])
                            + ", got " + Show.floats(got[r]));
                }
            }
        }
    }

    /** Fails with the given explanation unless the condition holds. */
    public void expectThat(boolean condition, String explanation) {
        if (!condition) throw fail(explanation);
    }

    /** A failure of this case: the call, the problem, and the input. */
    public AssertionError fail(String problem) {
        String input = inputs.isEmpty() ? "" : "\n  input: " + String.join(", ", inputs);
        return new AssertionError(call + ": " + problem + input);
    }

    private static String differenceNote(long want, long got) {
        return Math.abs(want - got) < 1000 ? " (off by " + (got - want) + ")" : String.format(" (off by %.3g%%)", 100.0 * (got - want) / want);
    }
}
