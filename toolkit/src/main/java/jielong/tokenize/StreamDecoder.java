package jielong.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns tokens into text one at a time, as a model generates them, without ever giving out half a character.
 *
 * <p>A BPE token can end in the middle of a character: 明 is three UTF-8 bytes, and they may arrive in
 * two tokens. So decoding tokens one by one and printing each would print broken characters. This
 * decoder keeps the bytes of an unfinished character until the rest arrive. The pieces it returns,
 * joined, equal {@code tokenizer.decode(allIds)}.
 */
public final class StreamDecoder {

    private final Tokenizer tokenizer;
    /** Bytes received but not yet returned as text: at most the first 3 bytes of one character. */
    private byte[] pending = new byte[16];
    private int pendingLength;

    /** Creates a decoder for tokens of {@code tokenizer}. */
    public StreamDecoder(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * Takes the next token and returns the text it completes: everything up to the last whole
     * character, possibly the empty string when the token ends inside a character.
     */
    public String push(int id) {
        byte[] bytes = tokenizer.tokenBytes(id);
        if (pendingLength + bytes.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(2 * pending.length, pendingLength + bytes.length));
        }
        System.arraycopy(bytes, 0, pending, pendingLength, bytes.length);
        pendingLength += bytes.length;

        int unfinished = Utf8.incompleteTailLength(pending, pendingLength);
        int ready = pendingLength - unfinished;
        String text = new String(pending, 0, ready, StandardCharsets.UTF_8);
        System.arraycopy(pending, ready, pending, 0, unfinished);
        pendingLength = unfinished;
        return text;
    }

    /**
     * Returns whatever is still held back, an unfinished character becoming U+FFFD, and empties the
     * decoder. Call it when generation stops; it returns "" when the last token finished its character.
     */
    public String flush() {
        String text = new String(pending, 0, pendingLength, StandardCharsets.UTF_8);
        pendingLength = 0;
        return text;
    }
}
