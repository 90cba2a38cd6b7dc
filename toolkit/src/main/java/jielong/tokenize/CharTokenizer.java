package jielong.tokenize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One token per character: the vocabulary is every distinct character of a training text, and a
 * character's id is its place in that vocabulary sorted by code point.
 *
 * <p>Characters are Unicode code points, not Java {@code char}s, so an emoji or a rare Chinese
 * character outside the Basic Multilingual Plane is one token, not two halves. Sorting by code point
 * gives the same ids as Python's {@code sorted(set(text))}, the vocabulary of nanoGPT's character model.
 */
public final class CharTokenizer implements Tokenizer {

    static final String RECREATE_HINT = "CharTokenizer.fromText(text).save(path)";

    /** The vocabulary in increasing order; a character's id is its index here. */
    private final int[] codePoints;

    private CharTokenizer(int[] sortedCodePoints) {
        this.codePoints = sortedCodePoints;
    }

    /**
     * Builds the tokenizer whose vocabulary is every distinct character of {@code text}.
     *
     * @throws IllegalArgumentException if {@code text} is empty, which would leave nothing to encode with
     */
    public static CharTokenizer fromText(String text) {
        int[] distinct = text.codePoints().sorted().distinct().toArray();
        if (distinct.length == 0) {
            throw new IllegalArgumentException(
                    "Cannot build a character tokenizer from empty text: its vocabulary would be empty.");
        }
        return new CharTokenizer(distinct);
    }

    /** Reads a tokenizer file written by {@link #save(Path)}, insisting that it holds a character tokenizer. */
    public static CharTokenizer load(Path file) throws IOException {
        Tokenizer tokenizer = Tokenizer.load(file);
        if (tokenizer instanceof CharTokenizer) {
            return (CharTokenizer) tokenizer;
        }
        throw new TokenizerFileException(file + " holds a " + tokenizer.getClass().getSimpleName()
                + ", not a CharTokenizer; load it with Tokenizer.load(path) or "
                + tokenizer.getClass().getSimpleName() + ".load(path).");
    }

    /**
     * Returns one id per character of {@code text}.
     *
     * @throws IllegalArgumentException if {@code text} holds a character that is not in the vocabulary;
     *                                  the message names the character and where it is
     */
    @Override
    public int[] encode(String text) {
        int[] ids = new int[text.codePointCount(0, text.length())];
        int count = 0;
        for (int index = 0; index < text.length(); ) {
            int c = text.codePointAt(index);
            // The vocabulary is sorted, so a binary search finds a character's id.
            int id = Arrays.binarySearch(codePoints, c);
            if (id < 0) {
                throw unknownCharacter(c, index);
            }
            ids[count++] = id;
            index += Character.charCount(c);
        }
        return ids;
    }

    @Override
    public String decode(int[] ids) {
        StringBuilder text = new StringBuilder(ids.length);
        for (int id : ids) {
            text.appendCodePoint(codePoints[checkId(id)]);
        }
        return text.toString();
    }

    @Override
    public int vocabSize() {
        return codePoints.length;
    }

    /** Returns the character that token {@code id} stands for, exactly as it is, like nanoGPT's {@code itos[id]}. */
    public String symbol(int id) {
        return new String(Character.toChars(codePoints[checkId(id)]));
    }

    /** Returns the character's UTF-8 bytes (an unpaired surrogate, which UTF-8 cannot hold, becomes '?'). */
    @Override
    public byte[] tokenBytes(int id) {
        return symbol(id).getBytes(StandardCharsets.UTF_8);
    }

    /** Returns the character, with a newline shown as {@code \n} and other invisible characters as {@code <U+XXXX>}. */
    @Override
    public String tokenText(int id) {
        return Display.show(symbol(id));
    }

    /** Writes the vocabulary as one code point number per line, each with the character in a comment. */
    @Override
    public void save(Path file) throws IOException {
        List<String> entries = new ArrayList<>(codePoints.length);
        for (int id = 0; id < codePoints.length; id++) {
            entries.add(codePoints[id] + "\t# '" + tokenText(id) + "'");
        }
        TokenizerFile.write(file, TokenizerFile.CHAR_HEADER, "characters " + codePoints.length, entries);
    }

    /** Reads the part of a tokenizer file after its header line; {@link Tokenizer#load} calls this. */
    static CharTokenizer read(TokenizerFile file) throws TokenizerFileException {
        int size = file.readCount("characters");
        if (size == 0) {
            throw file.error(2, "the vocabulary is empty");
        }
        int[][] entries = file.readEntries(size, 1, "code points", "one code point number such as '97'");
        int[] codePoints = new int[size];
        for (int i = 0; i < size; i++) {
            int c = entries[i][0];
            if (!Character.isValidCodePoint(c)) {
                throw file.error(file.lineOfEntry(i), c + " is not a Unicode code point (those are 0 to 1114111)");
            }
            // Increasing order is what lets encode() use a binary search, and rules out repeats.
            if (i > 0 && c <= codePoints[i - 1]) {
                throw file.error(file.lineOfEntry(i), "code points must be in increasing order without repeats, but "
                        + c + " follows " + codePoints[i - 1]);
            }
            codePoints[i] = c;
        }
        return new CharTokenizer(codePoints);
    }

    @Override
    public String toString() {
        return "CharTokenizer(vocabSize=" + vocabSize() + ")";
    }

    private IllegalArgumentException unknownCharacter(int c, int index) {
        return new IllegalArgumentException("Character '" + Display.show(new String(Character.toChars(c))) + "' ("
                + Display.codePointName(c) + ") at index " + index + " is not in this tokenizer's vocabulary of "
                + codePoints.length + " characters. Build the tokenizer from text that contains it "
                + "(CharTokenizer.fromText), or use a BpeTokenizer, which can encode every string.");
    }

    private int checkId(int id) {
        if (id < 0 || id >= codePoints.length) {
            throw new IllegalArgumentException("Token id " + id + " is outside this tokenizer's vocabulary (ids 0 to "
                    + (codePoints.length - 1) + ").");
        }
        return id;
    }
}
