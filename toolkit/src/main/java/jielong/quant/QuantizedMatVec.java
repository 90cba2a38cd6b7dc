package jielong.quant;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import jielong.engine.Tensor;

/**
 * y = x·W + b for one input vector x[rows] and a weight W[rows, cols], on the Vector API: the fp32
 * version reads 4 bytes a weight, the quantized ones 1 (int8) or ½ (int4) and turn 16 codes at a
 * time into floats on the way (dequantizing on the fly). All three loop the same way, row by row,
 * adding x[r]·W[r, ·] into y, so side by side they differ only in the bytes they read. Decoding one
 * token is a chain of such products; once the weights no longer fit in the CPU's caches, their
 * speed is set by memory bandwidth, which is where fewer bytes per weight pay.
 */
public final class QuantizedMatVec {
    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_128;         // 16 codes
    private static final VectorSpecies<Float> FV = FloatVector.SPECIES_PREFERRED; // 4 to 16 floats
    private static final int LANES = FV.length();
    private static final int PARTS = 16 / LANES; // float vectors per 16 codes

    private QuantizedMatVec() {}

    /** y[cols] = x[rows]·w[rows, cols] + bias (bias may be null), fp32 weights row-major. */
    public static void matvec(float[] x, float[] w, int rows, int cols, float[] bias, float[] y) {
        check(x.length, rows, y.length, cols, bias);
        if (w.length != rows * cols) throw new IllegalArgumentException("matvec: " + w.length + " weights do not make " + rows + " × " + cols);
        java.util.Arrays.fill(y, 0, cols, 0f);
        int vec = cols - cols % LANES;
        for (int r = 0; r < rows; r++) {
            FloatVector xr = FloatVector.broadcast(FV, x[r]);
            int base = r * cols, c = 0;
            for (; c < vec; c += LANES) {
                FloatVector.fromArray(FV, w, base + c).fma(xr, FloatVector.fromArray(FV, y, c)).intoArray(y, c);
            }
            for (; c < cols; c++) y[c] += x[r] * w[base + c];
        }
        if (bias != null) for (int c = 0; c < cols; c++) y[c] += bias[c];
    }

    /**
     * y[cols] = x[rows]·W + bias from W's codes: Σ_r x[r]·code[r, c] first, then, per column,
     * scale·(that − zero·Σ_r x[r]), so the scales and zero points cost one step per column, not per weight.
     */
    public static void matvec(float[] x, QuantizedMatrix w, float[] bias, float[] y) {
        check(x.length, w.rows, y.length, w.cols, bias);
        float[] acc = w.bits == 8 ? y : new float[w.rowStride * 2]; // int4 fills whole blocks of 32 columns
        java.util.Arrays.fill(acc, 0, w.bits == 8 ? w.cols : acc.length, 0f);
        if (w.bits == 8) int8(x, w, acc); else int4(x, w, acc);
        double sumX = 0;
        for (float v : x) sumX += v;
        for (int c = 0; c < w.cols; c++) {
            float v = w.scale(c) * (acc[c] - w.zero(c) * (float) sumX);
            y[c] = bias == null ? v : v + bias[c];
        }
    }

    private static void int8(float[] x, QuantizedMatrix w, float[] acc) {
        int cols = w.cols, vec = cols - cols % 16;
        byte[] codes = w.codes;
        for (int r = 0; r < w.rows; r++) {
            FloatVector xr = FloatVector.broadcast(FV, x[r]);
            int base = r * w.rowStride, c = 0;
            for (; c < vec; c += 16) {
                ByteVector b = ByteVector.fromArray(B, codes, base + c);
                for (int p = 0; p < PARTS; p++) {
                    FloatVector f = (FloatVector) b.convertShape(VectorOperators.B2F, FV, p);
                    int at = c + p * LANES;
                    f.fma(xr, FloatVector.fromArray(FV, acc, at)).intoArray(acc, at);
                }
            }
            for (; c < cols; c++) acc[c] += x[r] * codes[base + c];
        }
    }

    private static void int4(float[] x, QuantizedMatrix w, float[] acc) {
        byte[] codes = w.codes;
        int blocks = w.rowStride / 16;
        for (int r = 0; r < w.rows; r++) {
            FloatVector xr = FloatVector.broadcast(FV, x[r]);
            int base = r * w.rowStride;
            for (int k = 0; k < blocks; k++) {
                ByteVector b = ByteVector.fromArray(B, codes, base + k * 16);
                ByteVector low = b.and((byte) 0x0F), high = b.lanewise(VectorOperators.LSHR, 4).and((byte) 0x0F);
                for (int p = 0; p < PARTS; p++) {
                    int at = k * 32 + p * LANES;
                    ((FloatVector) low.convertShape(VectorOperators.B2F, FV, p)).fma(xr, FloatVector.fromArray(FV, acc, at)).intoArray(acc, at);
                    at += 16;
                    ((FloatVector) high.convertShape(VectorOperators.B2F, FV, p)).fma(xr, FloatVector.fromArray(FV, acc, at)).intoArray(acc, at);
                }
            }
        }
    }

    /** The same product with no vectors and no tricks, from {@link QuantizedMatrix#value}: the reference for tests. */
    public static float[] reference(float[] x, QuantizedMatrix w, float[] bias) {
        float[] y = new float[w.cols];
        for (int c = 0; c < w.cols; c++) {
            double s = bias == null ? 0 : bias[c];
            for (int r = 0; r < w.rows; r++) s += (double) x[r] * w.value(r, c);
            y[c] = (float) s;
        }
        return y;
    }

    /** X[M, rows]·W + bias for a few rows of input (M tokens), one product each; no gradient. */
    public static Tensor apply(Tensor x, QuantizedMatrix w, Tensor bias) {
        if (x.cols() != w.rows) throw new IllegalArgumentException("quantized linear: x has " + x.cols() + " columns but W has " + w.rows + " rows");
        float[] in = x.host().data, b = bias == null ? null : bias.host().data, row = new float[w.rows], y = new float[w.cols];
        float[] out = new float[x.rows() * w.cols];
        for (int m = 0; m < x.rows(); m++) {
            System.arraycopy(in, m * w.rows, row, 0, w.rows);
            matvec(row, w, b, y);
            System.arraycopy(y, 0, out, m * w.cols, w.cols);
        }
        return Tensor.of(out, x.rows(), w.cols);
    }

    /** X[M, rows]·W + bias with fp32 weights, through the same loop as the quantized product. */
    public static Tensor apply(Tensor x, Tensor w, Tensor bias) {
        if (x.cols() != w.rows()) throw new IllegalArgumentException("linear: x has " + x.cols() + " columns but W has " + w.rows() + " rows");
        int rows = w.rows(), cols = w.cols();
        float[] in = x.host().data, wd = w.host().data, b = bias == null ? null : bias.host().data, row = new float[rows], y = new float[cols];
        float[] out = new float[x.rows() * cols];
        for (int m = 0; m < x.rows(); m++) {
            System.arraycopy(in, m * rows, row, 0, rows);
            matvec(row, wd, rows, cols, b, y);
            System.arraycopy(y, 0, out, m * cols, cols);
        }
        return Tensor.of(out, x.rows(), cols);
    }

    private static void check(int xLen, int rows, int yLen, int cols, float[] bias) {
        if (xLen != rows) throw new IllegalArgumentException("matvec: x has " + xLen + " values but W has " + rows + " rows");
        if (yLen < cols) throw new IllegalArgumentException("matvec: y has room for " + yLen + " values but W has " + cols + " columns");
        if (bias != null && bias.length != cols) throw new IllegalArgumentException("matvec: bias has " + bias.length + " values but W has " + cols + " columns");
    }
}
