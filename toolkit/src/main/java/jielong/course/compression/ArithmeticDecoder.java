package jielong.course.compression;

import static jielong.course.compression.ArithmeticEncoder.HALF;
import static jielong.course.compression.ArithmeticEncoder.MASK;
import static jielong.course.compression.ArithmeticEncoder.QUARTER;

/** Undoes {@link ArithmeticEncoder}: given the same frequency tables in the same order, it finds the same symbols. */
public final class ArithmeticDecoder {
    private final BitInput in;
    private long low = 0, high = MASK, code;

    /** Starts reading the coded bits at {@code offset} of {@code data}. */
    public ArithmeticDecoder(byte[] data, int offset) {
        in = new BitInput(data, offset);
        for (int i = 0; i < 32; i++) code = (code << 1) | in.read();
    }

    /** The next symbol, which the encoder coded with this same table. */
    public int decode(Frequencies f) {
        long range = high - low + 1, total = f.total();
        long value = ((code - low + 1) * total - 1) / range; // where the code point falls, in table units
        int s = f.symbolAt(value);
        high = low + f.high(s) * range / total - 1;
        low = low + f.low(s) * range / total;
        while (((low ^ high) & HALF) == 0) {
            low = (low << 1) & MASK;
            high = ((high << 1) & MASK) | 1;
            code = ((code << 1) & MASK) | in.read();
        }
        while ((low & ~high & QUARTER) != 0) {
            low = (low << 1) ^ HALF;
            high = ((high ^ HALF) << 1) | HALF | 1;
            code = (code & HALF) | ((code << 1) & (MASK >>> 1)) | in.read();
        }
        return s;
    }
}
