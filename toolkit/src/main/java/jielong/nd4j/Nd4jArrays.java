package jielong.nd4j;

import java.util.Arrays;

import jielong.engine.Tensor;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Copies arrays between the toolkit's {@link Tensor} and ND4J's {@link INDArray}: float32,
 * row-major ('c' order), any rank, same shape on both sides.
 */
public final class Nd4jArrays {
    private Nd4jArrays() {}

    /** An ND4J float32 array, in C order, holding a copy of the tensor's values. */
    public static INDArray toNd4j(Tensor t) {
        // A copy, not a view: ND4J keeps its data off the Java heap, so it cannot share float[].
        return Nd4j.create(t.data, toLongs(t.shape), 'c');
    }

    /**
     * A constant tensor holding a copy of the array's values, read in C order whatever the array's
     * own order or strides; arrays of another type are rounded to float32 first.
     */
    public static Tensor fromNd4j(INDArray a) {
        int[] shape = toInts(a.shape());
        if (a.isEmpty()) return Tensor.zeros(shape);
        INDArray f = a.dataType() == DataType.FLOAT ? a : a.castTo(DataType.FLOAT);
        // dup('c') lays a view or an 'f'-ordered array out afresh, so the buffer is exactly the
        // values in row-major order; a plain array's buffer may be shared with others or offset.
        float[] data = f.dup('c').data().asFloat();
        return Tensor.of(data, shape);
    }

    private static long[] toLongs(int[] shape) {
        return Arrays.stream(shape).asLongStream().toArray();
    }

    private static int[] toInts(long[] shape) {
        return Arrays.stream(shape).mapToInt(Math::toIntExact).toArray();
    }
}
