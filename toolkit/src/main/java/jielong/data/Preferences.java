package jielong.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the {@code preferences} world for reward models and DPO: a correct answer is preferred
 * to a plausible wrong one (a dropped carry, one digit off), and an on-form quatrain to a broken one.
 */
public final class Preferences {
    /** Rule: the chosen completion is the correct sum. */
    public static final String CORRECT_SUM = "correct-sum";
    /** Rule: the chosen completion is the correct product. */
    public static final String CORRECT_PRODUCT = "correct-product";
    /** Rule: the chosen completion is a five-character quatrain, the rejected one is not. */
    public static final String QUATRAIN_FORM = "quatrain-form";
    /** The prompt of the quatrain pairs: "Write a five-character quatrain:". */
    public static final String QUATRAIN_PROMPT = "写一首五言绝句：";

    private Preferences() {}

    /** {@code count} pairs cycling through the three rules. */
    public static List<PreferencePair> generate(long seed, int count) {
        Random random = new Random(seed);
        List<PreferencePair> pairs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pairs.add(switch (i % 3) {
                case 0 -> arithmetic(random, true);
                case 1 -> arithmetic(random, false);
                default -> quatrain(random);
            });
        }
        return pairs;
    }

    private static PreferencePair arithmetic(Random random, boolean sum) {
        return pair(random, Arithmetic.generate(random.nextLong(), sum ? 1 : 2).get(sum ? 0 : 1));
    }

    /**
     * A pair for one given sum or product: its answer preferred to a plausible wrong one, for a sum
     * the answer with its carries dropped or (half the time, or when it has no carry) one digit off,
     * for a product one digit off; the rule says which.
     */
    public static PreferencePair pair(Random random, ArithmeticProblem p) {
        boolean sum = p.op() == '+';
        String wrong;
        do {
            wrong = random.nextBoolean() && sum ? withoutCarries(p.left(), p.right()) : oneDigitOff(random, p.answer());
        } while (wrong.equals(p.answer()));
        return new PreferencePair(sum ? CORRECT_SUM : CORRECT_PRODUCT, p.prompt(), p.answer(), wrong);
    }

    /** The answer a pupil who forgets every carry writes for a + b ("37+48" gives "75"). */
    public static String withoutCarries(ArithmeticProblem p) {
        return withoutCarries(p.left(), p.right());
    }

    /** The classic slip: add each column but forget to carry. */
    private static String withoutCarries(String a, String b) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.max(a.length(), b.length()); i++) {
            int x = i < a.length() ? a.charAt(a.length() - 1 - i) - '0' : 0;
            int y = i < b.length() ? b.charAt(b.length() - 1 - i) - '0' : 0;
            out.append((x + y) % 10);
        }
        return out.reverse().toString().replaceFirst("^0+(?=.)", "");
    }

    private static String oneDigitOff(Random random, String answer) {
        char[] digits = answer.toCharArray();
        int i = random.nextInt(digits.length);
        int d = digits[i] - '0';
        int changed = (d + 1 + random.nextInt(9)) % 10;
        if (i == 0 && changed == 0 && digits.length > 1) changed = d == 1 ? 2 : 1; // keep it a well-formed number
        digits[i] = (char) ('0' + changed);
        return new String(digits);
    }

    private static PreferencePair quatrain(Random random) {
        String good = PseudoQuatrains.one(random);
        String bad = switch (random.nextInt(3)) {
            case 0 -> good.substring(0, 4) + good.substring(5);                    // first line one character short
            case 1 -> good.substring(0, 11) + good.charAt(3) + good.substring(11); // second line one too long
            default -> good.substring(0, 5) + good.charAt(0) + good.substring(6); // a character where a mark belongs
        };
        return new PreferencePair(QUATRAIN_FORM, QUATRAIN_PROMPT, good, bad);
    }
}
