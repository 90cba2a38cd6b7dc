package jielong.course.compression;

/**
 * Arithmetic coding (Witten, Neal and Cleary 1987, in the integer form of Nayuki's reference coder):
 * the message is an ever narrower interval of [0, 1), each symbol keeping the share of the interval
 * its probability gives it, so a symbol of probability p costs −log2 p bits. The interval is held in
 * 32-bit integers and its settled leading bits are written out as soon as they are known.
 */
public final class ArithmeticEncoder {
    static final long FULL = 1L << 32, HALF = FULL >>> 1, QUARTER = FULL >>> 2, MASK = FULL - 1;

    private final BitOutput out = new BitOutput();
    private long low = 0, high = MASK;
    private int pending; // bits whose value waits on the next settled bit (the interval straddles the middle)

    /** Narrows the interval to symbol {@code s}'s slice of the frequency table. */
    public void encode(Frequencies f, int s) {
        long range = high - low + 1, total = f.total();
        high = low + f.high(s) * range / total - 1;
        low = low + f.low(s) * range / total;
        while (((low ^ high) & HALF) == 0) { // same leading bit: it is settled
            int b = (int) (low >>> 31);
            out.write(b);
            for (; pending > 0; pending--) out.write(b ^ 1);
            low = (low << 1) & MASK;
            high = ((high << 1) & MASK) | 1;
        }
        while ((low & ~high & QUARTER) != 0) { // low = 01..., high = 10...: zoom in on the middle
            pending++;
            low = (low << 1) ^ HALF;
            high = ((high ^ HALF) << 1) | HALF | 1;
        }
    }

    /**
     * Ends the message. The interval now holds the middle point (in its zoomed-in coordinates,
     * which leave the middle where it is), so a 1 followed by the zeros the decoder reads past the
     * end names a point inside it; the pending bits need not be written.
     */
    public byte[] finish() {
        out.write(1);
        return out.toByteArray();
    }
}
