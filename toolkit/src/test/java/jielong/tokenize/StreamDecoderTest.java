package jielong.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StreamDecoderTest {

    @Test
    void holdsBackACharacterUntilItsLastByteArrives() {
        // 明 is E6 98 8E; token 256 is its last two bytes, so the character arrives in two tokens.
        BpeTokenizer tokenizer = BpeTokenizer.fromMerges(List.of(new Merge(0x98, 0x8E, 256)));
        StreamDecoder decoder = tokenizer.streamDecoder();
        assertEquals("a", decoder.push('a'));
        assertEquals("", decoder.push(0xE6));
        assertEquals("明", decoder.push(256));
        assertEquals("", decoder.flush());
    }

    @Test
    void feedingTokensOneAtATimeGivesTheDecodedText() {
        Random random = new Random(3);
        for (int trial = 0; trial < 300; trial++) {
            String text = RandomText.mixed(random, 40);
            StringBuilder streamed = new StringBuilder();
            StreamDecoder decoder = BpeTokenizerTest.TRAINED.streamDecoder();
            for (int id : BpeTokenizerTest.TRAINED.encode(text)) {
                String piece = decoder.push(id);
                assertWholeCharacters(piece);
                streamed.append(piece);
            }
            assertEquals("", decoder.flush(), "nothing left over after a whole text");
            assertEquals(text, streamed.toString());
        }
    }

    @Test
    void invalidByteSequencesStreamLikeDecodeReadsThem() {
        // A model may generate any token order, including bytes that are not valid UTF-8.
        BpeTokenizer tokenizer = BpeTokenizerTest.TRAINED;
        Random random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            int[] ids = new int[random.nextInt(12)];
            for (int i = 0; i < ids.length; i++) {
                // Mostly raw bytes, where broken UTF-8 lives, sometimes learned tokens.
                ids[i] = random.nextInt(4) == 0 ? random.nextInt(tokenizer.vocabSize()) : 0x80 + random.nextInt(0x80);
            }
            StreamDecoder decoder = tokenizer.streamDecoder();
            StringBuilder streamed = new StringBuilder();
            for (int id : ids) {
                String piece = decoder.push(id);
                assertWholeCharacters(piece);
                streamed.append(piece);
            }
            streamed.append(decoder.flush());
            assertEquals(tokenizer.decode(ids), streamed.toString());
        }
    }

    @Test
    void flushEndsAnUnfinishedCharacterWithAReplacementCharacter() {
        StreamDecoder decoder = BpeTokenizerTest.TRAINED.streamDecoder();
        assertEquals("", decoder.push(0xF0));    // first byte of a four-byte character such as 😀
        assertEquals("\uFFFD", decoder.flush());
        assertEquals("x", decoder.push('x'), "after flush the decoder starts afresh");
    }

    @Test
    void worksForCharacterTokenizersToo() {
        CharTokenizer tokenizer = CharTokenizer.fromText("月光😀");
        StreamDecoder decoder = tokenizer.streamDecoder();
        StringBuilder streamed = new StringBuilder();
        for (int id : tokenizer.encode("😀月光😀")) {
            streamed.append(decoder.push(id));
        }
        assertEquals("😀月光😀", streamed.toString());
    }

    /** Fails if {@code piece} begins or ends in the middle of a surrogate pair: half a character. */
    private static void assertWholeCharacters(String piece) {
        if (!piece.isEmpty()) {
            assertFalse(Character.isLowSurrogate(piece.charAt(0)), "piece starts with half a character");
            assertFalse(Character.isHighSurrogate(piece.charAt(piece.length() - 1)), "piece ends with half a character");
        }
        assertTrue(piece.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE));
    }
}
