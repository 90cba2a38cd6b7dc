package jielong.course.posttraining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jielong.data.Arithmetic;
import jielong.data.ArithmeticProblem;
import jielong.data.PreferencePair;
import jielong.data.Preferences;
import jielong.tokenize.WordTokenizer;
import jielong.train.Comparisons;
import jielong.train.Examples;

/**
 * The lesson's world: sums of two 2-digit numbers, written two ways. Pre-training text is a stream
 * of drill, "23+45=68;71+12=83;...", with no questions and no end; the instruction format asks
 * "what is 23+45 ?" and the response is the answer alone, then {@code <end>}. A response is right,
 * by rule, when it is exactly the answer's digits followed by {@code <end>}.
 */
public final class Sums {
    /** Tokens a response may have, {@code <end>} included: room for an answer of 3 digits, and for longer strings RL may find. */
    public static final int MAX_RESPONSE = 5;
    /** The context of every model of the lesson: the longest prompt (8 tokens) and response. */
    public static final int CONTEXT = 16;
    /** The token whose logit is the reward model's output (never in any text). */
    public static final String REWARD = "<reward>";

    private static final WordTokenizer TOKENIZER = new WordTokenizer(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
            "+", "=", ";", "what", "is", "?", REWARD));

    private Sums() {}

    /** Digits, '+', '=', ';', "what", "is", '?' and the reward token. */
    public static WordTokenizer tokenizer() {
        return TOKENIZER;
    }

    /** Every sum of two numbers from 10 to 99 in a seeded order (8,100 of them). */
    public static List<ArithmeticProblem> all(long seed) {
        List<ArithmeticProblem> out = new ArrayList<>();
        for (int a = 10; a <= 99; a++) for (int b = 10; b <= 99; b++) out.add(Arithmetic.add(Integer.toString(a), Integer.toString(b)));
        java.util.Collections.shuffle(out, new Random(seed));
        return out;
    }

    /** The held-out sums (the first {@code count} of the seeded order) and the rest, which training uses. */
    public record Split(List<ArithmeticProblem> heldOut, List<ArithmeticProblem> train) {}

    /** Holds out {@code count} sums; nothing trained on contains them, in either format. */
    public static Split split(long seed, int count) {
        List<ArithmeticProblem> all = all(seed);
        if (count < 1 || count >= all.size()) throw new IllegalArgumentException("hold out between 1 and " + (all.size() - 1) + " sums, got " + count);
        return new Split(all.subList(0, count), all.subList(count, all.size()));
    }

    /** The pre-training stream: {@code count} sums drawn from {@code pool} as drill, "a+b=c;" after one another. */
    public static int[] drill(List<ArithmeticProblem> pool, int count, long seed) {
        Random rng = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) text.append(pool.get(rng.nextInt(pool.size())).text()).append(';');
        return TOKENIZER.encode(text.toString());
    }

    /** "what is 23+45 ?" as tokens. */
    public static int[] question(ArithmeticProblem p) {
        return TOKENIZER.encode("what is " + p.left() + p.op() + p.right() + " ?");
    }

    /** The response tokens of an answer: its digits, then {@code <end>}. */
    public static int[] response(String answer) {
        int[] digits = TOKENIZER.encode(answer);
        int[] out = Arrays.copyOf(digits, digits.length + 1);
        out[digits.length] = WordTokenizer.END_ID;
        return out;
    }

    /** A supervised example: the question as prompt, the right answer and {@code <end>} as response (the only tokens the loss counts). */
    public static Examples.Example instruction(ArithmeticProblem p) {
        return Examples.Example.of(question(p), response(p.answer()));
    }

    /** Whether a response (up to and including {@code <end>}, if it wrote one) is exactly the right answer and an end. */
    public static boolean right(ArithmeticProblem p, int[] response) {
        return Arrays.equals(response, response(p.answer()));
    }

    /** Whether a response is well formed: 1 to 3 digits, no leading zero, then {@code <end>} (right or not). */
    public static boolean wellFormed(int[] response) {
        if (response.length < 2 || response.length > 4 || response[response.length - 1] != WordTokenizer.END_ID) return false;
        String text = TOKENIZER.decode(Arrays.copyOf(response, response.length - 1)).replace(" ", "");
        return text.matches("[1-9][0-9]{0,2}");
    }

    /** A response as text for a table: the tokens, "⏎" for {@code <end>}, "…" when it ran out of room without one. */
    public static String show(int[] response) {
        StringBuilder sb = new StringBuilder();
        boolean ended = false;
        for (int t : response) {
            if (t == WordTokenizer.END_ID) {
                ended = true;
                break;
            }
            sb.append(TOKENIZER.token(t));
        }
        return sb + (ended ? " ⏎" : " …");
    }

    /**
     * Preference pairs on sums (the {@code preferences} world's rule, {@link Preferences#pair}): the
     * right answer preferred to the answer with its carries dropped or one digit off, as responses
     * to the instruction. One pair per sum, in order.
     */
    public static List<PreferencePair> pairs(List<ArithmeticProblem> sums, long seed) {
        Random rng = new Random(seed);
        List<PreferencePair> out = new ArrayList<>(sums.size());
        for (ArithmeticProblem p : sums) out.add(Preferences.pair(rng, p));
        return out;
    }

    /** Pairs as comparisons of instruction examples, for the reward model and DPO. */
    public static Comparisons comparisons(List<ArithmeticProblem> sums, List<PreferencePair> pairs) {
        List<Examples.Example> chosen = new ArrayList<>(), rejected = new ArrayList<>();
        for (int i = 0; i < sums.size(); i++) {
            int[] q = question(sums.get(i));
            chosen.add(Examples.Example.of(q, response(pairs.get(i).chosen())));
            rejected.add(Examples.Example.of(q, response(pairs.get(i).rejected())));
        }
        return new Comparisons(chosen, rejected, CONTEXT);
    }

    /** Whether a pair's wrong answer is the sum with its carries dropped (else it is one digit off). */
    public static boolean droppedCarry(ArithmeticProblem p, PreferencePair pair) {
        return pair.rejected().equals(Preferences.withoutCarries(p));
    }

    /** The prompts of a list, for keeping sets apart. */
    public static Set<String> prompts(List<ArithmeticProblem> sums) {
        Set<String> s = new HashSet<>();
        for (ArithmeticProblem p : sums) s.add(p.prompt());
        return s;
    }
}
