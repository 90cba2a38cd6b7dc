package jielong.cost;

/**
 * How many bits one number takes in memory: weights, activations or the KV cache may each be held
 * at a different precision. Bytes are rounded up, as a packed int4 tensor of odd length still needs
 * its last byte.
 */
public enum Precision {
    /** 32-bit float, the toolkit's own. */
    FP32(32),
    /** 16-bit float (IEEE half). */
    FP16(16),
    /** bfloat16: fp32's range in 16 bits. */
    BF16(16),
    /** 8-bit integers with a scale. */
    INT8(8),
    /** 4-bit integers with a scale, two to a byte. */
    INT4(4);

    /** Bits per number. */
    public final int bits;

    Precision(int bits) {
        this.bits = bits;
    }

    /** Bytes to hold {@code count} numbers, rounded up to a whole byte. */
    public long bytes(long count) {
        return (count * bits + 7) / 8;
    }
}
