package jielong.tokenize;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the tokenizer text format, and words the errors for files that are damaged.
 *
 * <p>Every file has the same shape, so that a person can read it and a truncated copy is caught:
 * <pre>
 * jielong-tokenizer bpe v1       line 1: which kind of tokenizer, and the format's version
 * merges 3                       line 2: how many entries follow
 * 97 97    # 256 = 'a' + 'a'     one entry per line: numbers, then an optional comment for people
 * </pre>
 * Entries are numbers (code points, token ids) rather than characters, so that any character,
 * a newline included, survives the trip through a text file.
 */
final class TokenizerFile {

    static final String CHAR_HEADER = "jielong-tokenizer char v1";
    static final String BPE_HEADER = "jielong-tokenizer bpe v1";

    private static final String RECREATE_ANY =
            "CharTokenizer.fromText(text).save(path) or BpeTokenizer.train(text, vocabSize).save(path)";

    private final Path path;
    private final List<String> lines;
    private final String recreateHint;
    /** The 1-based number of the next line to read; line 1, the header, has already been checked. */
    private int nextLine = 2;

    private TokenizerFile(Path path, List<String> lines, String recreateHint) {
        this.path = path;
        this.lines = lines;
        this.recreateHint = recreateHint;
    }

    /** Reads any tokenizer file, choosing the kind by its first line. */
    static Tokenizer load(Path path) throws IOException {
        List<String> lines = readLines(path);
        String first = lines.isEmpty() ? null : lines.get(0).strip();
        if (CHAR_HEADER.equals(first)) {
            return CharTokenizer.read(new TokenizerFile(path, lines, CharTokenizer.RECREATE_HINT));
        }
        if (BPE_HEADER.equals(first)) {
            return BpeTokenizer.read(new TokenizerFile(path, lines, BpeTokenizer.RECREATE_HINT));
        }
        String found = first == null ? "an empty file" : "'" + shorten(first) + "'";
        throw notATokenizerFile(path, "expected first line '" + CHAR_HEADER + "' or '" + BPE_HEADER
                + "' but found " + found);
    }

    /** Writes a tokenizer file: the header, the count line, then one line per entry. */
    static void write(Path path, String header, String countLine, List<String> entries) throws IOException {
        List<String> all = new ArrayList<>(entries.size() + 2);
        all.add(header);
        all.add(countLine);
        all.addAll(entries);
        Files.write(path, all, StandardCharsets.UTF_8);
    }

    /** Reads line 2, which looks like {@code merges 42}, and returns the number. */
    int readCount(String keyword) throws TokenizerFileException {
        int line = nextLine++;
        if (line > lines.size()) {
            throw error(line, "the file ends after its first line; it looks truncated");
        }
        String text = lines.get(line - 1);
        String[] fields = fields(text);
        String expected = "expected a line like '" + keyword + " 42'";
        if (fields.length != 2 || !fields[0].equals(keyword)) {
            throw error(line, expected + " but found '" + shorten(text) + "'");
        }
        int count = parseNumber(fields[1], line, expected, text);
        if (count < 0) {
            throw error(line, expected + " with a count of 0 or more, but found '" + shorten(text) + "'");
        }
        return count;
    }

    /**
     * Reads {@code count} entry lines of {@code numbersPerEntry} numbers each, and checks that
     * nothing but blank lines follows them.
     *
     * @param what    what the entries are, plural, for messages ("code points", "merges")
     * @param example what one entry line should hold, for messages ("two token ids such as '97 98'")
     */
    int[][] readEntries(int count, int numbersPerEntry, String what, String example) throws TokenizerFileException {
        List<int[]> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int line = nextLine++;
            if (line > lines.size()) {
                throw error(line, "the file ends after " + i + " of the " + count + " " + what
                        + " that line 2 announces; it looks truncated");
            }
            String text = lines.get(line - 1);
            String[] fields = fields(text);
            String expected = "expected " + example;
            if (fields.length != numbersPerEntry) {
                throw error(line, expected + " but found '" + shorten(text) + "'");
            }
            int[] numbers = new int[numbersPerEntry];
            for (int k = 0; k < numbersPerEntry; k++) {
                numbers[k] = parseNumber(fields[k], line, expected, text);
            }
            entries.add(numbers);
        }
        for (int line = nextLine; line <= lines.size(); line++) {
            if (!lines.get(line - 1).isBlank()) {
                throw error(line, "expected the file to end after the " + count + " " + what
                        + " that line 2 announces, but found '" + shorten(lines.get(line - 1)) + "'");
            }
        }
        return entries.toArray(new int[0][]);
    }

    /** Returns the line number of entry {@code index} (0-based), for messages about its content. */
    int lineOfEntry(int index) {
        return 3 + index;
    }

    /** Returns an exception whose message names this file and {@code line}, says what is wrong, and how to fix it. */
    TokenizerFileException error(int line, String problem) {
        return new TokenizerFileException(path + " line " + line + ": " + problem
                + ". Re-create the file with " + recreateHint + ".");
    }

    private int parseNumber(String field, int line, String expected, String text) throws TokenizerFileException {
        try {
            return Integer.parseInt(field);
        } catch (NumberFormatException e) {
            throw error(line, expected + " but found '" + shorten(text) + "'");
        }
    }

    /** Splits a line into its whitespace-separated fields, ignoring a trailing {@code # comment}. */
    private static String[] fields(String line) {
        int hash = line.indexOf('#');
        String data = (hash >= 0 ? line.substring(0, hash) : line).strip();
        return data.isEmpty() ? new String[0] : data.split("\\s+");
    }

    private static List<String> readLines(Path path) throws IOException {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw notATokenizerFile(path, "it holds bytes that are not UTF-8 text");
        }
    }

    private static TokenizerFileException notATokenizerFile(Path path, String why) {
        return new TokenizerFileException(path + " is not a Jielong tokenizer file: " + why
                + "; re-create it with " + RECREATE_ANY + ".");
    }

    /** Keeps messages readable when a line is long or holds invisible characters. */
    private static String shorten(String text) {
        String shown = Display.show(text);
        if (shown.codePointCount(0, shown.length()) <= 60) {
            return shown;
        }
        return shown.substring(0, shown.offsetByCodePoints(0, 57)) + "...";
    }
}
