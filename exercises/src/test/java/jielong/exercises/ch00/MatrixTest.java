package jielong.exercises.ch00;

import org.junit.jupiter.api.Test;

import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;

@Exercise(value = 1, title = "a tensor from values")
class MatrixTest {
    @Test
    @Points(1)
    void hasTheShapeAndTheValuesRowByRow() {
        float[] values = {1, 2, 3, 4, 5, 6};
        Case c = Case.of("matrix(values, 2, 3)").input("values", values);
        Tensor t = c.run(() -> Ch00.matrix(values, 2, 3));
        c.expectThat(t != null, "returned null instead of a tensor");
        c.expectInts(new int[] {2, 3}, t.shape);
        c.expectFloats(values, t.data, 0);
    }

    @Test
    @Points(1)
    void aColumnIsNotARow() {
        float[] values = {7, 8, 9};
        Case c = Case.of("matrix(values, 3, 1)").input("values", values);
        Tensor t = c.run(() -> Ch00.matrix(values, 3, 1));
        c.expectThat(t != null, "returned null instead of a tensor");
        c.expectInts(new int[] {3, 1}, t.shape);
        c.expectThat(t.get(2, 0) == 9f, "get(2, 0) should be 9, got " + t.get(2, 0));
    }
}
