package jielong.quant;

import jielong.engine.Tensor;

/**
 * A weight matrix [rows, cols] (a linear layer's [in, out]) stored as integer codes and scales:
 * w[r][c] ≈ scale[g]·(code[r][c] − zero[g]), g the column's group (one group, or one per column).
 * int8 codes are signed bytes, one per weight; int4 codes are unsigned nibbles (0..15), two per
 * byte, laid out in blocks of 32 columns so that a vector of 16 bytes unpacks into two runs of 16
 * adjacent columns: byte k of a block holds column k in its low nibble and column 16 + k in its high.
 */
public final class QuantizedMatrix {
    /** Columns per int4 block: 16 bytes, low nibbles then high nibbles. */
    static final int INT4_BLOCK = 32;

    public final int rows, cols, bits;
    public final Quantizer quantizer;
    final byte[] codes;
    final float[] scale;
    final int[] zero;
    /** Bytes per row of codes (cols for int8; 16 per block of 32 columns for int4). */
    final int rowStride;

    private QuantizedMatrix(int rows, int cols, Quantizer q, byte[] codes, float[] scale, int[] zero, int rowStride) {
        this.rows = rows;
        this.cols = cols;
        this.bits = q.bits();
        this.quantizer = q;
        this.codes = codes;
        this.scale = scale;
        this.zero = zero;
        this.rowStride = rowStride;
    }

    /** Quantizes w[rows, cols], row-major; see {@link Quantizer} for the schemes. */
    static QuantizedMatrix quantize(float[] w, int rows, int cols, Quantizer q) {
        if (rows <= 0 || cols <= 0) throw new IllegalArgumentException("a matrix to quantize needs rows and columns, got " + rows + " × " + cols);
        if (w.length != rows * cols) {
            throw new IllegalArgumentException("quantize: " + w.length + " values do not make a " + rows + " × " + cols + " matrix");
        }
        int groups = q.perChannel() ? cols : 1;
        float[] lo = new float[groups], hi = new float[groups]; // start at 0: the range always holds 0, so 0 stays exact
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                float v = w[r * cols + c];
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("quantize: weight [" + r + ", " + c + "] is " + v + "; quantize a model whose training did not diverge");
                }
                int g = q.perChannel() ? c : 0;
                lo[g] = Math.min(lo[g], v);
                hi[g] = Math.max(hi[g], v);
            }
        }
        float[] scale = new float[groups];
        int[] zero = new int[groups];
        int qmax = (1 << (q.bits() - 1)) - 1;      // 127 or 7
        int levels = (1 << q.bits()) - 1;          // 255 or 15
        int offset = q.bits() == 8 ? 128 : 0;      // int8 codes are stored signed, int4 nibbles unsigned
        for (int g = 0; g < groups; g++) {
            if (q.zeroPoint()) {
                float range = hi[g] - lo[g];
                scale[g] = range > 0 ? range / levels : 1f;
                zero[g] = Math.round(-lo[g] / scale[g]) - offset;
            } else {
                float absmax = Math.max(-lo[g], hi[g]);
                scale[g] = absmax > 0 ? absmax / qmax : 1f;
                zero[g] = q.bits() == 8 ? 0 : 8; // symmetric: int4 code q sits in nibble q + 8
            }
        }
        int minCode = q.bits() == 8 ? -128 : 0, maxCode = q.bits() == 8 ? 127 : 15;
        int stride = q.bits() == 8 ? cols : ((cols + INT4_BLOCK - 1) / INT4_BLOCK) * (INT4_BLOCK / 2);
        byte[] codes = new byte[rows * stride];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int g = q.perChannel() ? c : 0;
                int code = Math.round(w[r * cols + c] / scale[g]) + zero[g];
                if (!q.zeroPoint()) code = Math.max(zero[g] - qmax, Math.min(zero[g] + qmax, code)); // −127..127: keep it symmetric
                code = Math.max(minCode, Math.min(maxCode, code));
                if (q.bits() == 8) {
                    codes[r * stride + c] = (byte) code;
                } else {
                    int k = c % INT4_BLOCK, at = r * stride + (c / INT4_BLOCK) * (INT4_BLOCK / 2) + k % (INT4_BLOCK / 2);
                    codes[at] |= (byte) (k < INT4_BLOCK / 2 ? code : code << 4);
                }
            }
        }
        return new QuantizedMatrix(rows, cols, q, codes, scale, zero, stride);
    }

    /** Quantizes a matrix tensor [rows, cols]. */
    public static QuantizedMatrix of(Tensor w, Quantizer q) {
        if (w.shape.length != 2) throw new IllegalArgumentException("quantize a matrix [in, out], got shape " + java.util.Arrays.toString(w.shape));
        return quantize(w.host().data, w.rows(), w.cols(), q);
    }

    /** The integer code of weight [r, c]: a signed byte for int8, a nibble 0..15 for int4. */
    public int code(int r, int c) {
        if (bits == 8) return codes[r * rowStride + c];
        int k = c % INT4_BLOCK, b = codes[r * rowStride + (c / INT4_BLOCK) * (INT4_BLOCK / 2) + k % (INT4_BLOCK / 2)];
        return (k < INT4_BLOCK / 2 ? b : b >> 4) & 0x0F;
    }

    /** The scale of column c's group (weight units per code step). */
    public float scale(int c) {
        return scale[scale.length == 1 ? 0 : c];
    }

    /** The zero point of column c's group (the code that stands for 0). */
    public int zero(int c) {
        return zero[zero.length == 1 ? 0 : c];
    }

    /** The weight the codes stand for: scale·(code − zero). */
    public float value(int r, int c) {
        return scale(c) * (code(r, c) - zero(c));
    }

    /** Every weight back as floats [rows, cols], row-major. */
    public float[] dequantize() {
        float[] out = new float[rows * cols];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) out[r * cols + c] = value(r, c);
        return out;
    }

    /** The dequantized matrix as a tensor [rows, cols] (a constant: no gradient). */
    public Tensor toTensor() {
        return Tensor.of(dequantize(), rows, cols);
    }

    /**
     * Bytes to store it: the codes (one byte per int8 weight, half a byte per int4 weight, rounded
     * up to whole blocks of 32 columns), a 4-byte float scale per group, and a 1-byte zero point per
     * group when the quantizer has one.
     */
    public long bytes() {
        return codes.length + 4L * scale.length + (quantizer.zeroPoint() ? zero.length : 0);
    }

    @Override
    public String toString() {
        return quantizer.label() + " matrix " + rows + " × " + cols + " (" + bytes() + " bytes)";
    }
}
