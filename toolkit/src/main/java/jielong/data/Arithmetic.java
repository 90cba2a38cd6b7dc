package jielong.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the {@code arithmetic} world: additions of 1 to 10 digits and multiplications of
 * 1 to 6 digits (both operands of the same length), alternating, so difficulty can be swept by
 * {@link ArithmeticProblem#digits()}. Answers come from the written column methods themselves.
 */
public final class Arithmetic {
    /** Longest operands of a sum. */
    public static final int MAX_ADDITION_DIGITS = 10;
    /** Longest operands of a product. */
    public static final int MAX_MULTIPLICATION_DIGITS = 6;

    private Arithmetic() {}

    /** {@code count} problems; the same seed always gives the same problems. */
    public static List<ArithmeticProblem> generate(long seed, int count) {
        Random random = new Random(seed);
        List<ArithmeticProblem> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean add = i % 2 == 0;
            int digits = 1 + random.nextInt(add ? MAX_ADDITION_DIGITS : MAX_MULTIPLICATION_DIGITS);
            String a = number(random, digits), b = number(random, digits);
            problems.add(add ? add(a, b) : multiply(a, b));
        }
        return problems;
    }

    /** Column addition, right to left; each step shows the column's digits, the carry in, and the sum. */
    public static ArithmeticProblem add(String a, String b) {
        List<String> working = new ArrayList<>();
        String answer = columnSum(List.of(a, b), working);
        return new ArithmeticProblem(a, '+', b, Math.max(a.length(), b.length()), List.copyOf(working), answer);
    }

    /** Long multiplication: one partial product per digit of {@code b}, then their column sum. */
    public static ArithmeticProblem multiply(String a, String b) {
        List<String> working = new ArrayList<>();
        List<String> partials = new ArrayList<>();
        for (int place = 0; place < b.length(); place++) {
            int digit = b.charAt(b.length() - 1 - place) - '0';
            String shift = "0".repeat(place);
            String partial = stripZeros(timesDigit(a, digit) + shift);
            working.add(a + "*" + (digit == 0 ? "0" : digit + shift) + "=" + partial);
            partials.add(partial);
        }
        String answer = partials.size() == 1 ? partials.get(0) : columnSum(partials, null);
        if (partials.size() > 1) working.add(String.join("+", partials) + "=" + answer);
        return new ArithmeticProblem(a, '*', b, Math.max(a.length(), b.length()), List.copyOf(working), answer);
    }

    /** Adds decimal strings column by column; records "7+9+1=17"-style steps when {@code steps} is given. */
    static String columnSum(List<String> numbers, List<String> steps) {
        int width = numbers.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder digits = new StringBuilder();
        int carry = 0;
        for (int place = 0; place < width; place++) {
            int sum = carry;
            StringBuilder step = new StringBuilder();
            for (String n : numbers) {
                int i = n.length() - 1 - place;
                int d = i >= 0 ? n.charAt(i) - '0' : 0;
                sum += d;
                step.append(step.length() == 0 ? "" : "+").append(d);
            }
            if (carry > 0) step.append('+').append(carry);
            if (steps != null) steps.add(step + "=" + sum);
            digits.append(sum % 10);
            carry = sum / 10;
        }
        while (carry > 0) {
            digits.append(carry % 10);
            carry /= 10;
        }
        return stripZeros(digits.reverse().toString());
    }

    private static String timesDigit(String a, int digit) {
        StringBuilder out = new StringBuilder();
        int carry = 0;
        for (int i = a.length() - 1; i >= 0; i--) {
            int product = (a.charAt(i) - '0') * digit + carry;
            out.append(product % 10);
            carry = product / 10;
        }
        if (carry > 0) out.append(carry);
        return out.reverse().toString();
    }

    private static String stripZeros(String n) {
        int i = 0;
        while (i < n.length() - 1 && n.charAt(i) == '0') i++;
        return n.substring(i);
    }

    /** A number with exactly {@code digits} digits (no leading zero, except the one-digit 0). */
    private static String number(Random random, int digits) {
        StringBuilder n = new StringBuilder();
        n.append(digits == 1 ? random.nextInt(10) : 1 + random.nextInt(9));
        for (int i = 1; i < digits; i++) n.append(random.nextInt(10));
        return n.toString();
    }
}
