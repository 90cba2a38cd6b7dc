package jielong.course.reasoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jielong.data.Arithmetic;
import jielong.data.ArithmeticProblem;
import jielong.tokenize.WordTokenizer;

/**
 * Sums of two numbers of the same length as worked problems (Lee et al. 2023): the plain format
 * is "347+589=" then "Answer: 936"; the scratchpad writes each column first, right to left, with
 * the carry in and a two-digit column sum, "7+9+0=16; 4+8+1=13; 3+5+1=09;", then the answer. Every
 * step has the same length, so a step's digits sit at fixed distances from it. The answer comes
 * from the {@code arithmetic} world's column method ({@link Arithmetic#add}), not from the steps.
 */
public final class ScratchpadAddition {
    private ScratchpadAddition() {}

    /** "347+589=", the column steps and the sum. */
    public static Worked worked(ArithmeticProblem p) {
        if (p.op() != '+' || p.left().length() != p.right().length()) {
            throw new IllegalArgumentException("the scratchpad is written for sums of two numbers of the same length, got " + p.text());
        }
        List<String> steps = new ArrayList<>();
        int carry = 0;
        for (int i = p.left().length() - 1; i >= 0; i--) {
            int a = p.left().charAt(i) - '0', b = p.right().charAt(i) - '0', sum = a + b + carry;
            steps.add(a + "+" + b + "+" + carry + "=" + sum / 10 + sum % 10 + ";");
            carry = sum / 10;
        }
        return new Worked(p.prompt(), steps, p.answer());
    }

    /** One sum of two {@code digits}-digit numbers (no leading zero). */
    public static ArithmeticProblem draw(Random rng, int digits) {
        return Arithmetic.add(number(rng, digits), number(rng, digits));
    }

    /** {@code count} different sums, none in {@code exclude} (which gains them): a held-out set, or a training set disjoint from it. */
    public static List<ArithmeticProblem> distinct(long seed, int digits, int count, Set<String> exclude) {
        if (digits < 1) throw new IllegalArgumentException("operands have at least one digit, got " + digits);
        double available = Math.pow(9 * Math.pow(10, digits - 1), 2);
        if (count > available / 2) throw new IllegalArgumentException("asked for " + count + " different sums of " + digits
                + "-digit numbers, but there are only " + (long) available + ": ask for fewer");
        Random rng = new Random(seed);
        List<ArithmeticProblem> out = new ArrayList<>(count);
        while (out.size() < count) {
            ArithmeticProblem p = draw(rng, digits);
            if (exclude.add(p.prompt())) out.add(p);
        }
        return out;
    }

    /** The worked form of each sum, in order. */
    public static List<Worked> worked(List<ArithmeticProblem> sums) {
        return sums.stream().map(ScratchpadAddition::worked).toList();
    }

    /** Digits, '+', '=', ';' and the answer mark. */
    public static WordTokenizer tokenizer() {
        return WordTokenizer.fromTexts(List.of(worked(Arithmetic.add("347", "589")).text(Format.STEPS)));
    }

    /** A set of held-out prompts to keep training sets away from. */
    public static Set<String> prompts(List<ArithmeticProblem> sums) {
        Set<String> s = new HashSet<>();
        for (ArithmeticProblem p : sums) s.add(p.prompt());
        return s;
    }

    private static String number(Random rng, int digits) {
        StringBuilder n = new StringBuilder().append(1 + rng.nextInt(9));
        for (int i = 1; i < digits; i++) n.append(rng.nextInt(10));
        return n.toString();
    }
}
