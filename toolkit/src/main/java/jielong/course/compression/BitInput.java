package jielong.course.compression;

/** Reads bits, most significant first, from part of a byte array; past the end it reads zeros, as the encoder assumed. */
final class BitInput {
    private final byte[] data;
    private int position, bit = 8, current;
    private final int end;

    BitInput(byte[] data, int offset) {
        this.data = data;
        this.position = offset;
        this.end = data.length;
    }

    int read() {
        if (bit == 8) {
            current = position < end ? data[position] & 0xFF : 0;
            position++;
            bit = 0;
        }
        return (current >>> (7 - bit++)) & 1;
    }
}
