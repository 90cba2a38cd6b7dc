package jielong.nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jielong.engine.Tensor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Tensors and ND4J arrays hold the same values at the same indices, whichever way they travel. */
class Nd4jArraysTest {
    @BeforeAll
    static void start() {
        Nd4jStartup.ensure();
    }

    /** 0, 1, 2, ...: every value names its own row-major position. */
    private static Tensor counting(int... shape) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) t.data[i] = i;
        return t;
    }

    @Test
    void toNd4jKeepsShapeOrderAndIndices() {
        INDArray a = Nd4jArrays.toNd4j(counting(2, 3, 4));
        assertArrayEquals(new long[] {2, 3, 4}, a.shape());
        assertEquals(DataType.FLOAT, a.dataType());
        assertEquals('c', a.ordering());
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 3; j++)
                for (int k = 0; k < 4; k++) assertEquals((i * 3 + j) * 4 + k, a.getFloat(i, j, k));
    }

    @Test
    void roundTripsEveryRank() {
        int[][] shapes = {{}, {5}, {2, 3}, {2, 3, 4}, {2, 1, 3, 2}};
        for (int[] shape : shapes) {
            Tensor t = counting(shape);
            Tensor back = Nd4jArrays.fromNd4j(Nd4jArrays.toNd4j(t));
            assertArrayEquals(t.shape, back.shape, "shape of rank " + shape.length);
            assertArrayEquals(t.data, back.data, "values of rank " + shape.length);
        }
    }

    @Test
    void fromNd4jReadsViewsInRowMajorOrder() {
        // A transpose and a slice share the original buffer with other strides and an offset.
        INDArray m = Nd4j.create(new float[] {0, 1, 2, 3, 4, 5}, new long[] {2, 3}, 'c');
        assertArrayEquals(new float[] {0, 3, 1, 4, 2, 5}, Nd4jArrays.fromNd4j(m.transpose()).data);
        INDArray column = m.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 3));
        Tensor t = Nd4jArrays.fromNd4j(column);
        assertArrayEquals(new int[] {2, 2}, t.shape);
        assertArrayEquals(new float[] {1, 2, 4, 5}, t.data);
        INDArray fortran = Nd4j.create(new float[] {0, 1, 2, 3, 4, 5}, new long[] {2, 3}, 'f');
        assertArrayEquals(new float[] {0, 2, 4, 1, 3, 5}, Nd4jArrays.fromNd4j(fortran).data);
    }

    @Test
    void fromNd4jRoundsDoublesToFloat() {
        INDArray d = Nd4j.create(new double[] {0.1, 1.0 / 3}, new long[] {2}, DataType.DOUBLE);
        assertArrayEquals(new float[] {0.1f, 1f / 3}, Nd4jArrays.fromNd4j(d).data);
    }

    @Test
    void bothDirectionsCopy() {
        Tensor t = counting(2, 2);
        INDArray a = Nd4jArrays.toNd4j(t);
        t.data[0] = 42f;
        assertEquals(0f, a.getFloat(0, 0), "ND4J array must not see later tensor writes");
        Tensor back = Nd4jArrays.fromNd4j(a);
        a.putScalar(new long[] {1, 1}, 42f);
        assertEquals(3f, back.data[3], "tensor must not see later ND4J writes");
    }
}
