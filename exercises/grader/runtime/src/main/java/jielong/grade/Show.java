package jielong.grade;

import java.util.Arrays;

/** Writes values short enough for a failure message: long arrays are cut, matrices show their shape. */
public final class Show {
    /** At most this many values of an array are written out. */
    static final int MAX_VALUES = 8;

    private Show() {}

    /** Any value a graded test passes around, written for a person. */
    public static String value(Object v) {
        if (v instanceof float[]) return floats((float[]) v);
        if (v instanceof double[]) return doubles((double[]) v);
        if (v instanceof int[]) return ints((int[]) v);
        if (v instanceof float[][]) return matrix((float[][]) v);
        if (v instanceof String) return quoted((String) v);
        return String.valueOf(v);
    }

    public static String floats(float[] x) {
        if (x == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Math.min(x.length, MAX_VALUES); i++) sb.append(i > 0 ? ", " : "").append(x[i]);
        return close(sb, x.length);
    }

    public static String doubles(double[] x) {
        if (x == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Math.min(x.length, MAX_VALUES); i++) sb.append(i > 0 ? ", " : "").append(number(x[i]));
        return close(sb, x.length);
    }

    public static String ints(int[] x) {
        if (x == null) return "null";
        if (x.length <= MAX_VALUES) return Arrays.toString(x);
        return Arrays.toString(Arrays.copyOf(x, MAX_VALUES)).replace("]", ", …] (" + x.length + " values)");
    }

    /** A matrix as its shape and first rows: {@code 3×4 [[…], […], …]}. */
    public static String matrix(float[][] m) {
        if (m == null) return "null";
        StringBuilder sb = new StringBuilder(shape(m)).append(" [");
        for (int r = 0; r < Math.min(m.length, 4); r++) sb.append(r > 0 ? ", " : "").append(floats(m[r]));
        return sb.append(m.length > 4 ? ", …]" : "]").toString();
    }

    /** Rows × columns, or a note that the rows differ in length. */
    public static String shape(float[][] m) {
        if (m == null) return "null";
        if (m.length == 0) return "0×?";
        int cols = m[0] == null ? -1 : m[0].length;
        for (float[] row : m) if (row == null || row.length != cols) return m.length + " rows of different lengths";
        return m.length + "×" + cols;
    }

    /** A double with no more digits than a person needs to compare it. */
    public static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return String.valueOf((long) x);
        return String.format("%.7g", x);
    }

    static String quoted(String s) {
        String shown = s.length() > 60 ? s.substring(0, 60) + "…" : s;
        return '"' + shown.replace("\n", "\\n").replace("\t", "\\t") + '"';
    }

    private static String close(StringBuilder sb, int length) {
        if (length > MAX_VALUES) sb.append(", …] (").append(length).append(" values)");
        else sb.append(']');
        return sb.toString();
    }
}
