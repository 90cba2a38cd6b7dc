package jielong.course.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jielong.data.Arithmetic;
import jielong.data.ArithmeticProblem;

/** The scratchpad's column steps add up to the sum, and the sets of sums are distinct and disjoint. */
class ScratchpadAdditionTest {
    @Test
    void aWorkedSum() {
        Worked w = ScratchpadAddition.worked(Arithmetic.add("347", "589"));
        assertEquals("347+589=", w.question());
        assertEquals(List.of("7+9+0=16;", "4+8+1=13;", "3+5+1=09;"), w.steps());
        assertEquals("7+9+0=16; 4+8+1=13; 3+5+1=09; Answer: 936", w.completion(Format.STEPS));
        assertEquals("Answer: 936", w.completion(Format.ANSWER_ONLY));
    }

    /** Reads the column sums back from the steps and rebuilds the sum from them, against long arithmetic. */
    @Test
    void theStepsGiveTheSum() {
        for (ArithmeticProblem p : ScratchpadAddition.distinct(4, 5, 500, new HashSet<>())) {
            List<String> steps = ScratchpadAddition.worked(p).steps();
            assertEquals(5, steps.size());
            StringBuilder digits = new StringBuilder();
            int carry = 0;
            for (String s : steps) {
                assertEquals(9, s.length(), s);
                assertEquals(carry, s.charAt(4) - '0', "the carry in of " + s);
                int sum = Integer.parseInt(s.substring(6, 8));
                assertEquals((s.charAt(0) - '0') + (s.charAt(2) - '0') + carry, sum, s);
                digits.append(sum % 10);
                carry = sum / 10;
            }
            if (carry > 0) digits.append(carry);
            long want = Long.parseLong(p.left()) + Long.parseLong(p.right());
            assertEquals(Long.toString(want), digits.reverse().toString());
            assertEquals(Long.toString(want), p.answer());
        }
    }

    @Test
    void setsAreDistinctAndDisjoint() {
        List<ArithmeticProblem> held = ScratchpadAddition.distinct(1, 3, 300, new HashSet<>());
        Set<String> prompts = ScratchpadAddition.prompts(held);
        assertEquals(300, prompts.size());
        List<ArithmeticProblem> train = ScratchpadAddition.distinct(2, 3, 2_000, new HashSet<>(prompts));
        assertTrue(train.stream().noneMatch(p -> prompts.contains(p.prompt())));
        assertEquals(2_000, ScratchpadAddition.prompts(train).size());
        assertTrue(train.stream().allMatch(p -> p.left().length() == 3 && p.right().length() == 3));
    }

    @Test
    void badInputSaysSo() {
        assertThrows(IllegalArgumentException.class, () -> ScratchpadAddition.worked(Arithmetic.add("12", "345")));
        assertThrows(IllegalArgumentException.class, () -> ScratchpadAddition.worked(Arithmetic.multiply("12", "34")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScratchpadAddition.distinct(1, 1, 80, new HashSet<>()));
        assertTrue(e.getMessage().contains("ask for fewer"), e.getMessage());
    }
}
