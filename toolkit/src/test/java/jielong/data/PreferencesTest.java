package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each pair's preference is re-decided by its rule, without the generator's code. */
class PreferencesTest {
    static final List<PreferencePair> PAIRS = Preferences.generate(5, 1500);
    /** The quatrain form written as a regular expression, independently of {@link Quatrains}. */
    static final Pattern QUATRAIN = Pattern.compile("(\\p{IsHan}{5}[，。？！；]){3}\\p{IsHan}{5}[。？！]");

    @Test
    void sameSeedSamePairs() {
        assertEquals(PAIRS, Preferences.generate(5, 1500));
    }

    @Test
    void theRuleDecidesEveryPair() {
        for (PreferencePair pair : PAIRS) {
            switch (pair.rule()) {
                case Preferences.CORRECT_SUM, Preferences.CORRECT_PRODUCT -> {
                    String[] operands = pair.prompt().replace("=", "").split("[+*]");
                    BigInteger a = new BigInteger(operands[0]), b = new BigInteger(operands[1]);
                    String right = (pair.rule().equals(Preferences.CORRECT_SUM) ? a.add(b) : a.multiply(b)).toString();
                    assertEquals(right, pair.chosen(), pair.toString());
                    assertNotEquals(right, pair.rejected(), pair.toString());
                    assertEquals(new BigInteger(pair.rejected()).toString(), pair.rejected(), "a well-formed number");
                }
                case Preferences.QUATRAIN_FORM -> {
                    assertTrue(QUATRAIN.matcher(pair.chosen()).matches(), pair.toString());
                    assertTrue(!QUATRAIN.matcher(pair.rejected()).matches(), pair.toString());
                }
                default -> throw new AssertionError("unknown rule " + pair.rule());
            }
        }
    }
}
