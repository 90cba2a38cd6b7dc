package jielong.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BpeTokenizerTest {

    /** A small tokenizer trained on English and Chinese, shared because training takes a moment. */
    static final BpeTokenizer TRAINED = BpeTokenizer.train(TrainingText.englishAndChinese(20), 256 + 300);

    @Test
    void learnsTheHandCheckableMerges() {
        // "aaabdaaabac": aa occurs 4 times, so it is merged first (256). Then (256, a) and (a, b) both
        // occur twice; the tie goes to the smaller left id, a = 97. Then (256, 257) = "aaab" occurs twice.
        BpeTokenizer tokenizer = BpeTokenizer.train("aaabdaaabac", 256 + 4);
        assertEquals(List.of(
                new Merge('a', 'a', 256),
                new Merge('a', 'b', 257),
                new Merge(256, 257, 258),
                new Merge('a', 'c', 259)),   // all remaining pairs occur once; (97, 99) is the smallest
                tokenizer.merges());
        assertArrayEquals(new int[] {258, 'd', 258, 259}, tokenizer.encode("aaabdaaabac"));
        assertEquals("aaab", tokenizer.tokenText(258));
    }

    @Test
    void stopsWhenTheTextHasNoPairsLeft() {
        BpeTokenizer tokenizer = BpeTokenizer.train("ab", 1000);
        assertEquals(257, tokenizer.vocabSize());
        assertArrayEquals(new int[] {256}, tokenizer.encode("ab"));
        assertEquals(256, BpeTokenizer.train("", 300).vocabSize());
    }

    @Test
    void rejectsAVocabularyTooSmallForTheBytes() {
        String message = assertThrows(IllegalArgumentException.class, () -> BpeTokenizer.train("abc", 255))
                .getMessage();
        assertTrue(message.contains("256"), message);
    }

    @Test
    void trainingIsDeterministic() {
        String text = TrainingText.englishAndChinese(5);
        assertEquals(BpeTokenizer.train(text, 456).merges(), BpeTokenizer.train(text, 456).merges());
    }

    @Test
    void compressesTheTextItWasTrainedOn() {
        String text = TrainingText.englishAndChinese(20);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        int tokens = TRAINED.encode(text).length;
        assertTrue(tokens < bytes / 2, tokens + " tokens for " + bytes + " bytes");
    }

    @Test
    void learnsWholeWordsWithTheirLeadingSpace() {
        String text = "the cat and the dog and the bird ".repeat(50);
        BpeTokenizer tokenizer = BpeTokenizer.train(text, 256 + 30);
        assertEquals(1, tokenizer.encode(" the").length, "' the' is one token");
        assertEquals(" the", tokenizer.decode(tokenizer.encode(" the")));
    }

    @Test
    void mergesNeverCrossAChunkBoundary() {
        String text = TrainingText.englishAndChinese(3);
        BpeTokenizer tokenizer = BpeTokenizer.train(text, 256 + 200);
        List<String> chunks = Chunker.split(text);
        for (Merge merge : tokenizer.merges()) {
            byte[] token = tokenizer.tokenBytes(merge.id());
            boolean insideAChunk = chunks.stream()
                    .anyMatch(chunk -> contains(chunk.getBytes(StandardCharsets.UTF_8), token));
            assertTrue(insideAChunk, "token '" + tokenizer.tokenText(merge.id()) + "' spans chunks");
        }
    }

    @Test
    void roundTripsRandomStringsOfEveryScript() {
        Random random = new Random(42);
        for (int trial = 0; trial < 500; trial++) {
            String text = RandomText.mixed(random, 40);
            int[] ids = TRAINED.encode(text);
            for (int id : ids) {
                assertTrue(id >= 0 && id < TRAINED.vocabSize());
            }
            assertEquals(text, TRAINED.decode(ids), () -> "round trip of " + Display.show(text));
        }
    }

    @Test
    void roundTripsSpecialCases() {
        for (String text : new String[] {"", " ", "\n\n", "床前明月光", "👩‍👩‍👧 ❤️", "e\u0301\u0301", "\u0000\uFFFF",
                "a  b\t\tc\r\n", "𠀀𪚥 x"}) {
            assertEquals(text, TRAINED.decode(TRAINED.encode(text)), () -> "round trip of " + Display.show(text));
        }
    }

    @Test
    void encodesTheTrainingChineseWithLearnedTokens() {
        int[] ids = TRAINED.encode("床前明月光");
        assertTrue(ids.length < "床前明月光".getBytes(StandardCharsets.UTF_8).length);
        assertEquals("床前明月光", TRAINED.decode(ids));
    }

    @Test
    void tokenTextShowsPartialCharactersAsBytes() {
        // 明 is E6 98 8E in UTF-8. Token 256 holds its first two bytes, token 257 all three.
        BpeTokenizer tokenizer = BpeTokenizer.fromMerges(List.of(
                new Merge(0xE6, 0x98, 256), new Merge(256, 0x8E, 257), new Merge('\n', 'a', 258)));
        assertEquals("<0xE6><0x98>", tokenizer.tokenText(256));
        assertEquals("明", tokenizer.tokenText(257));
        assertEquals("\\na", tokenizer.tokenText(258));
        assertEquals("<0x8E>", tokenizer.tokenText(0x8E));
        assertEquals("A", tokenizer.tokenText('A'));
        assertArrayEquals(new int[] {257}, tokenizer.encode("明"));
    }

    @Test
    void decodesInvalidBytesAsReplacementCharacters() {
        assertEquals("\uFFFDa", TRAINED.decode(new int[] {0xE6, 'a'}));
        assertThrows(IllegalArgumentException.class, () -> TRAINED.decode(new int[] {TRAINED.vocabSize()}));
    }

    @Test
    void fromMergesChecksTheIds() {
        assertThrows(IllegalArgumentException.class, () -> BpeTokenizer.fromMerges(List.of(new Merge('a', 'b', 257))));
        assertThrows(IllegalArgumentException.class, () -> new Merge(300, 'a', 256));
    }

    @Test
    void trainsFiveHundredMergesOnTwoHundredKilobytesQuickly() {
        String text = TrainingText.randomWords(new Random(1), 200_000);
        BpeTokenizer tokenizer = assertTimeout(Duration.ofSeconds(10), () -> BpeTokenizer.train(text, 256 + 500));
        assertEquals(256 + 500, tokenizer.vocabSize());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int start = 0; start + needle.length <= haystack.length; start++) {
            for (int i = 0; i < needle.length; i++) {
                if (haystack[start + i] != needle[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
