package jielong.tokenize;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns text into token ids and token ids back into text.
 * Implementations: {@link CharTokenizer} (one token per character) and {@link BpeTokenizer} (byte pairs).
 */
public interface Tokenizer {

    /** Returns the token ids of {@code text}, in order. */
    int[] encode(String text);

    /** Returns the text that the token ids stand for. */
    String decode(int[] ids);

    /** Returns how many distinct tokens there are; valid ids are {@code 0 .. vocabSize() - 1}. */
    int vocabSize();

    /**
     * Returns the UTF-8 bytes of one token.
     * A BPE token may hold only part of a character, which is why this is bytes and not a String.
     */
    byte[] tokenBytes(int id);

    /**
     * Returns one token in a form fit for a table: newlines and other invisible characters are
     * escaped, and bytes that are not a whole character are shown as {@code <0xAB>}.
     */
    String tokenText(int id);

    /** Writes this tokenizer to a small text file that {@link #load(Path)} reads back. */
    void save(Path file) throws IOException;

    /** Returns a new decoder that turns tokens into text one token at a time, as generation produces them. */
    default StreamDecoder streamDecoder() {
        return new StreamDecoder(this);
    }

    /**
     * Reads a tokenizer written by {@link #save(Path)}; the file's first line says which kind it is.
     *
     * @throws TokenizerFileException if the file is not a tokenizer file, or is truncated or damaged
     */
    static Tokenizer load(Path file) throws IOException {
        return TokenizerFile.load(file);
    }
}
