package jielong.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizerFileTest {

    @TempDir
    Path dir;

    @Test
    void charTokenizerSurvivesSaveAndLoad() throws IOException {
        // Newline, tab, '#', space, CJK and an emoji: characters a line-based format could mangle.
        String text = "a#b c\td\n床前明月光😀\r\u3000é";
        CharTokenizer original = CharTokenizer.fromText(text);
        Path file = dir.resolve("char.txt");
        original.save(file);

        assertEquals(TokenizerFile.CHAR_HEADER, Files.readAllLines(file).get(0));
        Tokenizer loaded = Tokenizer.load(file);
        assertInstanceOf(CharTokenizer.class, loaded);
        assertEquals(original.vocabSize(), loaded.vocabSize());
        assertArrayEquals(original.encode(text), loaded.encode(text));
        assertEquals(text, loaded.decode(original.encode(text)));
        assertEquals(original.vocabSize(), CharTokenizer.load(file).vocabSize());
    }

    @Test
    void bpeTokenizerSurvivesSaveAndLoad() throws IOException {
        BpeTokenizer original = BpeTokenizerTest.TRAINED;
        Path file = dir.resolve("bpe.txt");
        original.save(file);

        assertEquals(TokenizerFile.BPE_HEADER, Files.readAllLines(file).get(0));
        BpeTokenizer loaded = BpeTokenizer.load(file);
        assertEquals(original.merges(), loaded.merges());
        Random random = new Random(9);
        for (int trial = 0; trial < 50; trial++) {
            String text = RandomText.mixed(random, 40);
            assertArrayEquals(original.encode(text), loaded.encode(text));
        }
    }

    @Test
    void rejectsAFileThatIsNotATokenizer() throws IOException {
        Path file = write("notes.txt", "hello", "world");
        String message = assertThrows(TokenizerFileException.class, () -> Tokenizer.load(file)).getMessage();
        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains("is not a Jielong tokenizer file"), message);
        assertTrue(message.contains("'jielong-tokenizer char v1'") && message.contains("'jielong-tokenizer bpe v1'"),
                message);
        assertTrue(message.contains("'hello'") && message.contains("re-create it with"), message);

        Path empty = write("empty.txt");
        assertTrue(assertThrows(TokenizerFileException.class, () -> Tokenizer.load(empty)).getMessage()
                .contains("empty file"));

        Path binary = dir.resolve("binary.bin");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        assertTrue(assertThrows(TokenizerFileException.class, () -> Tokenizer.load(binary)).getMessage()
                .contains("is not a Jielong tokenizer file"));
    }

    @Test
    void aTruncatedFileIsReportedWithItsLine() throws IOException {
        Path file = dir.resolve("char.txt");
        CharTokenizer.fromText("abcdef").save(file);
        List<String> lines = Files.readAllLines(file);
        Path truncated = write("truncated.txt", lines.subList(0, lines.size() - 2).toArray(new String[0]));

        String message = assertThrows(TokenizerFileException.class, () -> Tokenizer.load(truncated)).getMessage();
        assertTrue(message.contains(truncated + " line 7"), message);
        assertTrue(message.contains("4 of the 6 code points") && message.contains("truncated"), message);
        assertTrue(message.contains("CharTokenizer.fromText(text).save(path)"), message);

        Path headerOnly = write("header.txt", TokenizerFile.BPE_HEADER);
        String headerMessage = assertThrows(TokenizerFileException.class, () -> Tokenizer.load(headerOnly))
                .getMessage();
        assertTrue(headerMessage.contains("line 2") && headerMessage.contains("truncated"), headerMessage);
    }

    @Test
    void anEditedLineIsReportedWithItsNumber() throws IOException {
        Path file = dir.resolve("bpe.txt");
        BpeTokenizer.train("aaabdaaabac", 260).save(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(3, "97 x");
        Path edited = write("edited.txt", lines.toArray(new String[0]));

        String message = assertThrows(TokenizerFileException.class, () -> Tokenizer.load(edited)).getMessage();
        assertTrue(message.contains(edited + " line 4"), message);
        assertTrue(message.contains("two token ids") && message.contains("'97 x'"), message);
    }

    @Test
    void aMergeOfTokensThatDoNotExistYetIsRejected() throws IOException {
        Path file = write("future.txt", TokenizerFile.BPE_HEADER, "merges 2", "97 97", "256 257");
        String message = assertThrows(TokenizerFileException.class, () -> Tokenizer.load(file)).getMessage();
        assertTrue(message.contains("line 4") && message.contains("0 to 256"), message);
    }

    @Test
    void charactersOutOfOrderOrRepeatedAreRejected() throws IOException {
        Path file = write("order.txt", TokenizerFile.CHAR_HEADER, "characters 3", "97", "99", "98");
        String message = assertThrows(TokenizerFileException.class, () -> Tokenizer.load(file)).getMessage();
        assertTrue(message.contains("line 5") && message.contains("increasing order"), message);

        Path invalid = write("invalid.txt", TokenizerFile.CHAR_HEADER, "characters 1", "1114112");
        assertTrue(assertThrows(TokenizerFileException.class, () -> Tokenizer.load(invalid)).getMessage()
                .contains("line 3"));
    }

    @Test
    void extraLinesAfterTheAnnouncedCountAreRejected() throws IOException {
        Path file = write("extra.txt", TokenizerFile.CHAR_HEADER, "characters 1", "97", "98", "");
        String message = assertThrows(TokenizerFileException.class, () -> Tokenizer.load(file)).getMessage();
        assertTrue(message.contains("line 4") && message.contains("'98'"), message);
    }

    @Test
    void loadingAsTheWrongKindSaysWhichKindItIs() throws IOException {
        Path file = dir.resolve("char.txt");
        CharTokenizer.fromText("abc").save(file);
        String message = assertThrows(TokenizerFileException.class, () -> BpeTokenizer.load(file)).getMessage();
        assertTrue(message.contains("CharTokenizer") && message.contains("Tokenizer.load"), message);
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }
}
