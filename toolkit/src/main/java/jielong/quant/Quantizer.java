package jielong.quant;

/**
 * How to turn float weights into b-bit integer codes: one scale for the whole matrix or one per
 * output channel (column of a linear layer's [in, out] weight), and either symmetric absmax
 * (w ≈ s·q, q in [−(2^(b−1)−1), 2^(b−1)−1], s = max|w| / (2^(b−1)−1)) or min-max with a zero
 * point z (w ≈ s·(q − z), all 2^b codes used, s = (max − min) / (2^b − 1)).
 *
 * @param bits        code width: 8 or 4
 * @param perChannel  one scale per output channel (column) instead of one for the matrix
 * @param zeroPoint   asymmetric codes with a zero point instead of symmetric absmax
 */
public record Quantizer(int bits, boolean perChannel, boolean zeroPoint) {
    public Quantizer {
        if (bits != 8 && bits != 4) throw new IllegalArgumentException("bits must be 8 or 4, got " + bits);
    }

    /** int8 absmax, one scale for the whole matrix. */
    public static Quantizer int8PerTensor() {
        return new Quantizer(8, false, false);
    }

    /** int8 absmax, one scale per output channel. */
    public static Quantizer int8PerChannel() {
        return new Quantizer(8, true, false);
    }

    /** int4 absmax, one scale per output channel. */
    public static Quantizer int4PerChannel() {
        return new Quantizer(4, true, false);
    }

    /** This quantizer with a zero point (min-max, asymmetric). */
    public Quantizer withZeroPoint() {
        return new Quantizer(bits, perChannel, true);
    }

    /** A short name for tables: {@code int8 per-channel}, {@code int4 per-tensor + zero point}. */
    public String label() {
        return "int" + bits + (perChannel ? " per-channel" : " per-tensor") + (zeroPoint ? " + zero point" : "");
    }

    /** Quantizes w[rows, cols] (row-major, as a linear layer's weight [in, out]). */
    public QuantizedMatrix quantize(float[] w, int rows, int cols) {
        return QuantizedMatrix.quantize(w, rows, cols, this);
    }

    @Override
    public String toString() {
        return label();
    }
}
