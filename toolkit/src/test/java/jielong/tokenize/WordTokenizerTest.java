package jielong.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Words are one token each, numbers are spelled in digits, and decoding gives the text back. */
class WordTokenizerTest {
    static final String TEXT = "A train travels 30 minutes at 60 km/h. 30 minutes = 0.5 hours. 60 × 0.5 = 30 km. Answer: 30 km";

    @Test
    void piecesAreWordsDigitsAndSymbols() {
        assertEquals(List.of("A", "train", "at", "6", "0", "km/h", ".", "0", ".", "5", "×", "?"),
                WordTokenizer.pieces("A train at 60 km/h. 0.5 ×?"));
    }

    @Test
    void specialTokensAndDigitsHaveFixedIds() {
        WordTokenizer t = WordTokenizer.fromTexts(List.of(TEXT));
        assertEquals(WordTokenizer.PAD_ID, t.id(WordTokenizer.PAD));
        assertEquals(WordTokenizer.END_ID, t.id(WordTokenizer.END));
        for (int d = 0; d <= 9; d++) assertEquals(2 + d, t.id(Integer.toString(d)));
        assertEquals("km/h", t.token(t.id("km/h")));
    }

    @Test
    void roundTripsTheText() {
        WordTokenizer t = WordTokenizer.fromTexts(List.of(TEXT));
        int[] ids = t.encode(TEXT);
        assertEquals(WordTokenizer.pieces(TEXT).size(), ids.length);
        assertEquals(TEXT, t.decode(ids));
        WordTokenizer sums = WordTokenizer.fromTexts(List.of("347+589= 7+9+0=16;"));
        assertEquals("347 + 589 = 7 + 9 + 0 = 16;", sums.decode(sums.encode("347+589= 7+9+0=16;")));
    }

    @Test
    void aNumberNeverSeenIsWrittenInKnownTokens() {
        WordTokenizer t = WordTokenizer.fromTexts(List.of(TEXT));
        assertArrayEquals(new int[] {t.id("1"), t.id("9"), t.id("0"), t.id("km/h")}, t.encode("190 km/h"));
        assertEquals("190 km/h", t.decode(t.encode("190 km/h")));
    }

    @Test
    void endAndPaddingAreLeftOutOfDecodedText() {
        WordTokenizer t = WordTokenizer.fromTexts(List.of(TEXT));
        assertEquals("30 km", t.decode(new int[] {t.id("3"), t.id("0"), t.id("km"), WordTokenizer.END_ID, WordTokenizer.PAD_ID}));
    }

    @Test
    void unknownWordsAndBadIdsSaySo() {
        WordTokenizer t = WordTokenizer.fromTexts(List.of(TEXT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.encode("A plane travels"));
        assertTrue(e.getMessage().contains("'plane'") && e.getMessage().contains("build the tokenizer"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> t.token(t.vocabSize()));
        assertThrows(IllegalArgumentException.class, () -> t.id("plane"));
        assertThrows(IllegalArgumentException.class, () -> new WordTokenizer(List.of("two words")));
    }
}
