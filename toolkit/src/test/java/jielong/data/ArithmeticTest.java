package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Arithmetic answers recomputed with BigInteger, working re-added column by column. */
class ArithmeticTest {
    static final List<ArithmeticProblem> PROBLEMS = Arithmetic.generate(7, 3000);

    @Test
    void sameSeedSameProblemsOtherSeedOthers() {
        assertEquals(PROBLEMS, Arithmetic.generate(7, 3000));
        assertNotEquals(PROBLEMS, Arithmetic.generate(8, 3000));
    }

    @Test
    void everyAnswerIsRight() {
        for (ArithmeticProblem p : PROBLEMS) {
            BigInteger a = new BigInteger(p.left()), b = new BigInteger(p.right());
            BigInteger expected = p.op() == '+' ? a.add(b) : a.multiply(b);
            assertEquals(expected.toString(), p.answer(), p.toString());
        }
    }

    @Test
    void everyWorkingStepIsTrueArithmetic() {
        for (ArithmeticProblem p : PROBLEMS) {
            for (String step : p.working()) {
                String[] sides = step.split("=");
                BigInteger left = sides[0].contains("*")
                        ? new BigInteger(sides[0].split("\\*")[0]).multiply(new BigInteger(sides[0].split("\\*")[1]))
                        : List.of(sides[0].split("\\+")).stream().map(BigInteger::new).reduce(BigInteger.ZERO, BigInteger::add);
                assertEquals(new BigInteger(sides[1]), left, step + " in " + p);
            }
        }
    }

    @Test
    void difficultySpansEveryDigitCount() {
        Set<Integer> sums = PROBLEMS.stream().filter(p -> p.op() == '+').map(ArithmeticProblem::digits).collect(Collectors.toSet());
        Set<Integer> products = PROBLEMS.stream().filter(p -> p.op() == '*').map(ArithmeticProblem::digits).collect(Collectors.toSet());
        assertEquals(10, sums.size());
        assertEquals(6, products.size());
        assertTrue(PROBLEMS.stream().allMatch(p -> p.left().length() == p.digits() && p.right().length() == p.digits()));
    }

    @Test
    void textFormsReadNaturally() {
        ArithmeticProblem p = Arithmetic.add("347", "589");
        assertEquals("347+589=936", p.text());
        assertEquals("347+589: 7+9=16, 4+8+1=13, 3+5+1=9, so 347+589=936", p.workedText());
        assertEquals("12*30: 12*0=0, 12*30=360, 0+360=360, so 12*30=360", Arithmetic.multiply("12", "30").workedText());
    }
}
