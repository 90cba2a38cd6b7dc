package jielong.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Failure messages say what was expected, what came back, where, and for which input. */
class CaseTest {
    @Test
    void aMatrixOfTheWrongShapeSaysBothShapes() {
        Case c = Case.of("scores(q, k)").input("q", new float[][] {{1, 2}});
        AssertionError e = assertThrows(AssertionError.class, () -> c.expectMatrix(new float[2][2], new float[2][3], 0));
        assertEquals("scores(q, k): expected shape 2×2, got 2×3\n  input: q = 1×2 [[1.0, 2.0]]", e.getMessage());
    }

    @Test
    void theFirstDifferingValueIsNamed() {
        Case c = Case.of("softmax(x)");
        AssertionError e = assertThrows(AssertionError.class,
                () -> c.expectDoubles(new double[] {0.5, 0.25, 0.25}, new double[] {0.5, 0.3, 0.2}, 1e-6));
        assertEquals("softmax(x): first difference at [1]: expected 0.2500000, got 0.3000000 (tolerance 1.0E-6);"
                + " expected [0.5000000, 0.2500000, 0.2500000], got [0.5000000, 0.3000000, 0.2000000]", e.getMessage());
    }

    @Test
    void aStubSaysWhereToWork() {
        Case c = Case.of("greedy(logits)");
        AssertionError e = assertThrows(AssertionError.class, () -> c.run(() -> {
            throw new UnsupportedOperationException("not implemented yet: see notebook 02, exercise 1");
        }));
        assertEquals("greedy(logits): not implemented yet: see notebook 02, exercise 1", e.getMessage());
    }

    @Test
    void countsOffByALittleSayByHowMuch() {
        AssertionError e = assertThrows(AssertionError.class, () -> Case.of("total(c)").expectEqual(100, 98));
        assertEquals("total(c): expected 100, got 98 (off by -2)", e.getMessage());
    }
}
