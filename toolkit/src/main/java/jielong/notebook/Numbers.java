package jielong.notebook;

import java.util.Locale;

/**
 * Numbers written for people: thousands separators, 3-4 significant figures, powers of ten in
 * superscript for the very large and very small ({@code 174,604,259,328}, {@code 5.229},
 * {@code 0.09199}, {@code 2.200 × 10¹³}). Tables and plots of the course format through here, so
 * every lesson prints the same way; cells use it in {@code printf("%s", Numbers.format(x))}.
 */
public final class Numbers {
    /** Significant figures kept for measured values (losses, rates, fits). */
    public static final int DIGITS = 4;

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Numbers() {}

    /**
     * A measured value: whole numbers of any size below 10¹⁵ keep every digit with separators
     * (a count is exact), other values get 4 significant figures, and values beyond
     * [10⁻⁴, 10⁷) a power of ten.
     */
    public static String format(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (Double.isInfinite(x)) return x > 0 ? "∞" : "-∞";
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return count((long) x);
        return significant(x, DIGITS);
    }

    /** An exact count with thousands separators: {@code 12,701,862,360}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * x to the given number of significant figures: plain with separators in [10⁻⁴, 10⁷),
     * otherwise as m × 10ᵉ. Trailing zeros are kept, since they say how precise the figure is.
     */
    public static String significant(double x, int digits) {
        if (digits < 1) throw new IllegalArgumentException("significant figures must be at least 1, got " + digits);
        if (Double.isNaN(x) || Double.isInfinite(x)) return format(x);
        if (x == 0) return "0";
        double a = Math.abs(x);
        // Round first: 9.9996 to 4 figures is 10.00, and its exponent is that of the rounded value.
        java.math.BigDecimal rounded = new java.math.BigDecimal(a).round(new java.math.MathContext(digits));
        int exponent = rounded.precision() - rounded.scale() - 1;
        String sign = x < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 7) {
            int decimals = Math.max(0, digits - 1 - exponent);
            return sign + String.format(Locale.ROOT, "%,." + decimals + "f", rounded.doubleValue());
        }
        double mantissa = rounded.movePointLeft(exponent).doubleValue();
        return sign + String.format(Locale.ROOT, "%." + (digits - 1) + "f", mantissa) + " × 10" + superscript(exponent);
    }

    /** A share as a percentage with 3 significant figures: {@code 45.2%}, {@code 0.312%}. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) return "NaN";
        return significant(100 * fraction, 3) + "%";
    }

    /** A size in bytes with a decimal unit: {@code 812 B}, {@code 60.12 kB}, {@code 1.100 GB}. */
    public static String bytes(double bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB"};
        double v = bytes;
        int u = 0;
        while (Math.abs(v) >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return (u == 0 ? count(Math.round(v)) : significant(v, DIGITS)) + " " + units[u];
    }

    /** A duration for people: {@code 0.250 s}, {@code 42.0 s}, {@code 4 min 14 s}, {@code 1 h 02 min}. */
    public static String duration(double seconds) {
        if (Double.isNaN(seconds)) return "NaN";
        if (seconds < 60) return significant(seconds, 3) + " s";
        long s = Math.round(seconds);
        if (s < 3600) return (s / 60) + " min " + (s % 60) + " s";
        return (s / 3600) + " h " + String.format(Locale.ROOT, "%02d", s / 60 % 60) + " min";
    }

    private static String superscript(int exponent) {
        StringBuilder sb = new StringBuilder();
        if (exponent < 0) sb.append('⁻');
        for (char c : Integer.toString(Math.abs(exponent)).toCharArray()) sb.append(SUPERSCRIPTS.charAt(c - '0'));
        return sb.toString();
    }
}
