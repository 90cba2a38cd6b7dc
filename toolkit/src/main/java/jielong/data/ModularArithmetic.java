package jielong.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates the {@code modular} world for grokking: the complete tables of a+b, a-b, a*b and a/b
 * modulo a prime p (division meaning multiplication by the inverse, so b is never 0), shuffled by
 * the seed so that any prefix is a fair training split and the rest a validation split.
 */
public final class ModularArithmetic {
    /** The prime used in the grokking experiments of the course. */
    public static final int DEFAULT_PRIME = 97;
    /** The operations, in the order the table is built before shuffling. */
    public static final String OPS = "+-*/";

    private ModularArithmetic() {}

    /** Every fact for the four operations modulo {@code p} (a prime), in seeded random order. */
    public static List<ModularFact> table(int p, long seed) {
        List<ModularFact> facts = new ArrayList<>();
        for (char op : OPS.toCharArray()) {
            for (int a = 0; a < p; a++) {
                for (int b = op == '/' ? 1 : 0; b < p; b++) {
                    facts.add(new ModularFact(a, op, b, p, apply(a, op, b, p)));
                }
            }
        }
        Collections.shuffle(facts, new Random(seed)); // Collections.shuffle's algorithm is specified, so it is stable across JDKs
        return facts;
    }

    /** The facts for one operation only, keeping the seeded order. */
    public static List<ModularFact> only(List<ModularFact> facts, char op) {
        return facts.stream().filter(f -> f.op() == op).toList();
    }

    private static int apply(int a, char op, int b, int p) {
        return switch (op) {
            case '+' -> (a + b) % p;
            case '-' -> ((a - b) % p + p) % p;
            case '*' -> (int) ((long) a * b % p);
            case '/' -> (int) ((long) a * power(b, p - 2, p) % p); // Fermat: b^(p-2) is b's inverse mod a prime
            default -> throw new IllegalArgumentException("unknown operation " + op);
        };
    }

    private static long power(long base, int exponent, int p) {
        long result = 1;
        base %= p;
        for (int e = exponent; e > 0; e >>= 1) {
            if ((e & 1) == 1) result = result * base % p;
            base = base * base % p;
        }
        return result;
    }
}
