package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The modular tables checked with BigInteger (modInverse for division). */
class ModularArithmeticTest {
    static final int P = 97;
    static final List<ModularFact> TABLE = ModularArithmetic.table(P, 3);

    @Test
    void completeTablesWithoutRepeats() {
        assertEquals(4 * P * P - P, TABLE.size());
        Set<String> keys = new HashSet<>();
        for (ModularFact f : TABLE) keys.add(f.a() + " " + f.op() + " " + f.b());
        assertEquals(TABLE.size(), keys.size());
        assertEquals(P * P, ModularArithmetic.only(TABLE, '*').size());
    }

    @Test
    void everyResultIsRight() {
        BigInteger p = BigInteger.valueOf(P);
        for (ModularFact f : TABLE) {
            BigInteger a = BigInteger.valueOf(f.a()), b = BigInteger.valueOf(f.b());
            BigInteger expected = switch (f.op()) {
                case '+' -> a.add(b).mod(p);
                case '-' -> a.subtract(b).mod(p);
                case '*' -> a.multiply(b).mod(p);
                default -> a.multiply(b.modInverse(p)).mod(p);
            };
            assertEquals(expected.intValue(), f.result(), f.toString());
        }
    }

    @Test
    void seedDecidesTheOrderOnly() {
        assertEquals(TABLE, ModularArithmetic.table(P, 3));
        List<ModularFact> other = ModularArithmetic.table(P, 4);
        assertNotEquals(TABLE, other);
        assertEquals(new HashSet<>(TABLE), new HashSet<>(other));
        assertEquals("5+3=8", new ModularFact(5, '+', 3, P, 8).text());
    }
}
