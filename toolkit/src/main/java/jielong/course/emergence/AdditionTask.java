package jielong.course.emergence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jielong.data.Arithmetic;
import jielong.data.ArithmeticProblem;
import jielong.train.BatchSource;
import jielong.train.Examples;

/**
 * Lesson 07's addition task: sums of two numbers of the same length, 3 to 5 digits, from the
 * {@code arithmetic} world's column method, written in a fixed format: operands padded with
 * leading zeros to 5 digits, and the answer <em>reversed</em>, least significant digit first,
 * padded to 6 digits: 347 + 589 = 936 is {@code 00347+00589=639000}. Reversed, each answer digit
 * depends only on the two digits of its column and the carry from the digit just written, the
 * order a pupil works in; most significant digit first, the first digit written would need every
 * carry at once. The fixed format puts every column at the same positions in every problem, and
 * every answer has the same length L = 6 tokens.
 *
 * <p>Tokens: 0 is padding (unused in this format), 1 to 10 the digits 0 to 9, then '+' and '=':
 * 13 in all.
 */
public final class AdditionTask {
    /** Shortest operands, digits. */
    public static final int MIN_DIGITS = 3;
    /** Longest operands, digits. */
    public static final int MAX_DIGITS = 5;
    /** Token ids of '+' and '='. */
    public static final int PLUS = 11, EQUALS = 12;
    /** Vocabulary size (padding, ten digits, '+', '='). */
    public static final int VOCAB = 13;
    /** Tokens of every prompt, "00347+00589=". */
    public static final int PROMPT_LENGTH = 2 * MAX_DIGITS + 2;
    /** Tokens of every answer: one digit more than the operands, for the last carry. */
    public static final int ANSWER_LENGTH = MAX_DIGITS + 1;
    /** What a model reads: the prompt and the answer but its last token, 17 tokens. */
    public static final int CONTEXT = PROMPT_LENGTH + ANSWER_LENGTH - 1;

    private AdditionTask() {}

    /** One problem: operands of 3 to 5 digits (the same for both), drawn with rng. */
    public static ArithmeticProblem draw(Random rng) {
        int digits = MIN_DIGITS + rng.nextInt(MAX_DIGITS - MIN_DIGITS + 1);
        return Arithmetic.add(number(rng, digits), number(rng, digits));
    }

    /** {@code count} different problems from a seed: the held-out set no training batch contains. */
    public static List<ArithmeticProblem> heldOut(long seed, int count) {
        Random rng = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<ArithmeticProblem> out = new ArrayList<>(count);
        while (out.size() < count) {
            ArithmeticProblem p = draw(rng);
            if (seen.add(p.prompt())) out.add(p);
        }
        return List.copyOf(out);
    }

    /** The tokens of "00347+00589=" for 347 + 589. */
    public static int[] prompt(ArithmeticProblem p) {
        if (p.op() != '+' || p.left().length() > MAX_DIGITS || p.right().length() > MAX_DIGITS) {
            throw new IllegalArgumentException("lesson 07's models learn sums of at most " + MAX_DIGITS + " digits, got " + p.text());
        }
        return tokens(pad(p.left(), MAX_DIGITS) + "+" + pad(p.right(), MAX_DIGITS) + "=");
    }

    /** The answer's tokens, least significant digit first, padded to 6 digits: 936 is 6 3 9 0 0 0. */
    public static int[] answer(ArithmeticProblem p) {
        prompt(p); // checks the problem
        return tokens(new StringBuilder(pad(p.answer(), ANSWER_LENGTH)).reverse().toString());
    }

    /** Tokens as text: digits, '+', '=', '_' for padding. */
    public static String text(int[] tokens) {
        StringBuilder sb = new StringBuilder();
        for (int t : tokens) {
            sb.append(switch (t) {
                case 0 -> '_';
                case PLUS -> '+';
                case EQUALS -> '=';
                default -> {
                    if (t < 1 || t > 10) throw new IllegalArgumentException("token " + t + " is not in the addition vocabulary [0, " + VOCAB + ")");
                    yield (char) ('0' + t - 1);
                }
            });
        }
        return sb.toString();
    }

    /** A problem as the model sees it, with its reversed answer: "00347+00589=639000". */
    public static String example(ArithmeticProblem p) {
        return text(prompt(p)) + text(answer(p));
    }

    /**
     * Training batches of fresh problems (each drawn from the step's generator, so a resumed run
     * sees the same ones), never one of {@code heldOut}; the loss counts the answer tokens only.
     */
    public static BatchSource<Examples.Batch> training(List<ArithmeticProblem> heldOut) {
        Set<String> excluded = new HashSet<>();
        for (ArithmeticProblem p : heldOut) excluded.add(p.prompt());
        return new BatchSource<>() {
            @Override
            public Examples.Batch sample(Random rng, int batchSize) {
                Examples.Example[] picked = new Examples.Example[batchSize];
                for (int b = 0; b < batchSize; b++) {
                    ArithmeticProblem p;
                    do p = draw(rng); while (excluded.contains(p.prompt()));
                    picked[b] = Examples.Example.of(prompt(p), answer(p));
                }
                return Examples.batch(picked);
            }

            @Override
            public int tokens(Examples.Batch batch) {
                return batch.x().length;
            }
        };
    }

    private static String pad(String digits, int width) {
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    private static int[] tokens(String s) {
        int[] t = new int[s.length()];
        for (int i = 0; i < s.length(); i++) t[i] = token(s.charAt(i));
        return t;
    }

    private static int token(char c) {
        return switch (c) {
            case '+' -> PLUS;
            case '=' -> EQUALS;
            default -> {
                if (c < '0' || c > '9') throw new IllegalArgumentException("'" + c + "' is not a digit, '+' or '='");
                yield 1 + c - '0';
            }
        };
    }

    private static String number(Random rng, int digits) {
        StringBuilder n = new StringBuilder().append(1 + rng.nextInt(9));
        for (int i = 1; i < digits; i++) n.append(rng.nextInt(10));
        return n.toString();
    }
}
