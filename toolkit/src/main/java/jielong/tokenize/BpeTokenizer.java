package jielong.tokenize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Byte-level byte-pair encoding, the kind of tokenizer GPT-2 uses: tokens 0 to 255 are the 256
 * possible bytes, and each later token is a learned merge of two earlier ones.
 *
 * <p>Because every string is a sequence of UTF-8 bytes, this tokenizer can encode any string; the
 * merges only make common pieces shorter. Text is first split into chunks ({@link Chunker}) and
 * merges never cross a chunk boundary.
 */
public final class BpeTokenizer implements Tokenizer {

    /** How many tokens stand for single bytes: ids 0 to 255. */
    public static final int BYTE_TOKENS = 256;

    static final String RECREATE_HINT = "BpeTokenizer.train(text, vocabSize).save(path)";

    private final List<Merge> merges;
    /** For each token id, its bytes. */
    private final byte[][] bytesOf;
    /** The merge for each pair of tokens. */
    private final Map<Pair, Merge> mergeOfPair = new HashMap<>();

    private BpeTokenizer(List<Merge> merges) {
        this.merges = List.copyOf(merges);
        bytesOf = new byte[BYTE_TOKENS + merges.size()][];
        for (int b = 0; b < BYTE_TOKENS; b++) {
            bytesOf[b] = new byte[] {(byte) b};
        }
        for (Merge merge : merges) {
            byte[] left = bytesOf[merge.left()];
            byte[] right = bytesOf[merge.right()];
            byte[] both = Arrays.copyOf(left, left.length + right.length);
            System.arraycopy(right, 0, both, left.length, right.length);
            bytesOf[merge.id()] = both;
            mergeOfPair.put(new Pair(merge.left(), merge.right()), merge);
        }
    }

    /**
     * Learns merges from {@code text} until the vocabulary has {@code vocabSize} tokens, or until the
     * text has no neighbouring tokens left to merge (then {@link #vocabSize()} is smaller than asked).
     *
     * @throws IllegalArgumentException if {@code vocabSize} is below 256, the tokens needed for single bytes
     */
    public static BpeTokenizer train(String text, int vocabSize) {
        if (vocabSize < BYTE_TOKENS) {
            throw new IllegalArgumentException("vocabSize must be at least " + BYTE_TOKENS
                    + " (one token for each byte), but was " + vocabSize + ".");
        }
        return new BpeTokenizer(BpeTrainer.train(text, vocabSize - BYTE_TOKENS));
    }

    /**
     * Builds a tokenizer from merges listed in the order they were learned: merge {@code i} must have
     * id {@code 256 + i} and be built from tokens that exist before it.
     */
    public static BpeTokenizer fromMerges(List<Merge> merges) {
        for (int i = 0; i < merges.size(); i++) {
            if (merges.get(i).id() != BYTE_TOKENS + i) {
                throw new IllegalArgumentException("Merge " + i + " must make token " + (BYTE_TOKENS + i)
                        + ", but it is " + merges.get(i) + ".");
            }
        }
        return new BpeTokenizer(merges);
    }

    /** Reads a tokenizer file written by {@link #save(Path)}, insisting that it holds a BPE tokenizer. */
    public static BpeTokenizer load(Path file) throws IOException {
        Tokenizer tokenizer = Tokenizer.load(file);
        if (tokenizer instanceof BpeTokenizer) {
            return (BpeTokenizer) tokenizer;
        }
        throw new TokenizerFileException(file + " holds a " + tokenizer.getClass().getSimpleName()
                + ", not a BpeTokenizer; load it with Tokenizer.load(path) or "
                + tokenizer.getClass().getSimpleName() + ".load(path).");
    }

    /** Returns the merges in the order they were learned, which is also the order encode() applies them. */
    public List<Merge> merges() {
        return merges;
    }

    /**
     * Encodes each chunk of {@code text} on its own: its UTF-8 bytes, then merges applied in the order
     * they were learned. An unpaired surrogate, which UTF-8 cannot hold, is encoded as '?'.
     */
    @Override
    public int[] encode(String text) {
        // A char takes at most 3 UTF-8 bytes, and there are never more tokens than bytes.
        int[] ids = new int[3 * text.length()];
        int count = 0;
        for (String chunk : Chunker.split(text)) {
            byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
            int[] tokens = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                tokens[i] = bytes[i] & 0xFF;
            }
            int length = mergeAll(tokens, bytes.length);
            System.arraycopy(tokens, 0, ids, count, length);
            count += length;
        }
        return Arrays.copyOf(ids, count);
    }

    /**
     * Repeatedly applies the earliest-learned merge that fits somewhere in the tokens, until none fits.
     * Training applied merges in that same order, so a chunk seen in training is split the same way.
     */
    private int mergeAll(int[] tokens, int length) {
        while (length >= 2) {
            Merge earliest = null;
            for (int i = 0; i + 1 < length; i++) {
                Merge merge = mergeOfPair.get(new Pair(tokens[i], tokens[i + 1]));
                if (merge != null && (earliest == null || merge.id() < earliest.id())) {
                    earliest = merge;
                }
            }
            if (earliest == null) {
                break;
            }
            length = earliest.applyTo(tokens, length);
        }
        return length;
    }

    /**
     * Joins the tokens' bytes and reads them as UTF-8. Bytes that do not form valid UTF-8, which a model
     * can generate, become the replacement character U+FFFD.
     */
    @Override
    public String decode(int[] ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int id : ids) {
            bytes.writeBytes(bytesOf[checkId(id)]);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public int vocabSize() {
        return bytesOf.length;
    }

    @Override
    public byte[] tokenBytes(int id) {
        return bytesOf[checkId(id)].clone();
    }

    /** Returns the token's text, escaping invisible characters, with bytes that are not a whole character shown as {@code <0xE4>}. */
    @Override
    public String tokenText(int id) {
        byte[] bytes = bytesOf[checkId(id)];
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int length = Utf8.sequenceLength(bytes[i] & 0xFF);
            String character = length > 0 && i + length <= bytes.length ? Utf8.decodeOne(bytes, i, length) : null;
            if (character != null) {
                text.append(Display.show(character));
                i += length;
            } else {
                text.append(String.format("<0x%02X>", bytes[i] & 0xFF));
                i++;
            }
        }
        return text.toString();
    }

    /**
     * Writes the merges, one {@code left right} pair per line, each with a comment showing the new token.
     * The chunking rule is part of format version v1: changing {@link Chunker} means a new version.
     */
    @Override
    public void save(Path file) throws IOException {
        List<String> entries = new ArrayList<>(merges.size());
        for (Merge merge : merges) {
            entries.add(merge.left() + " " + merge.right() + "\t# " + merge.id() + " = '" + tokenText(merge.left())
                    + "' + '" + tokenText(merge.right()) + "'");
        }
        TokenizerFile.write(file, TokenizerFile.BPE_HEADER, "merges " + merges.size(), entries);
    }

    /** Reads the part of a tokenizer file after its header line; {@link Tokenizer#load} calls this. */
    static BpeTokenizer read(TokenizerFile file) throws TokenizerFileException {
        int count = file.readCount("merges");
        int[][] entries = file.readEntries(count, 2, "merges", "two token ids such as '97 98'");
        List<Merge> merges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int id = BYTE_TOKENS + i;
            int left = entries[i][0];
            int right = entries[i][1];
            if (left < 0 || right < 0 || left >= id || right >= id) {
                throw file.error(file.lineOfEntry(i), "merge " + left + " + " + right + " would make token " + id
                        + ", so both parts must be tokens 0 to " + (id - 1));
            }
            merges.add(new Merge(left, right, id));
        }
        return new BpeTokenizer(merges);
    }

    @Override
    public String toString() {
        return "BpeTokenizer(vocabSize=" + vocabSize() + ")";
    }

    private int checkId(int id) {
        if (id < 0 || id >= bytesOf.length) {
            throw new IllegalArgumentException("Token id " + id + " is outside this tokenizer's vocabulary (ids 0 to "
                    + (bytesOf.length - 1) + ").");
        }
        return id;
    }
}
