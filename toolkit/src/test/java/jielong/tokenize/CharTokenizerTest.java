package jielong.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CharTokenizerTest {

    @Test
    void idsFollowTheSortedCharacters() {
        CharTokenizer tokenizer = CharTokenizer.fromText("hello");
        // Vocabulary sorted: e h l o.
        assertEquals(4, tokenizer.vocabSize());
        assertArrayEquals(new int[] {1, 0, 2, 2, 3}, tokenizer.encode("hello"));
        assertEquals("e", tokenizer.symbol(0));
        assertEquals("o", tokenizer.symbol(3));
    }

    @Test
    void chineseCharactersAreSortedByCodePoint() {
        // 光 U+5149, 前 U+524D, 床 U+5E8A, 明 U+660E, 月 U+6708.
        CharTokenizer tokenizer = CharTokenizer.fromText("床前明月光");
        assertArrayEquals(new int[] {2, 1, 3, 4, 0}, tokenizer.encode("床前明月光"));
        assertEquals("光", tokenizer.symbol(0));
        assertEquals("床前明月光", tokenizer.decode(new int[] {2, 1, 3, 4, 0}));
    }

    @Test
    void sortsByCodePointNotByUtf16Char() {
        // As UTF-16 chars, 😀 (D83D DE00) sorts before ！ (FF01); as code points, U+1F600 comes after U+FF01.
        CharTokenizer tokenizer = CharTokenizer.fromText("😀！");
        assertEquals(2, tokenizer.vocabSize());
        assertEquals("！", tokenizer.symbol(0));
        assertEquals("😀", tokenizer.symbol(1));
    }

    @Test
    void roundTripsMixedScriptsAndCharactersOutsideTheBmp() {
        String text = "床前明月光，疑是地上霜。\nHello, мир! 😀🎉 𠀀𪚥 e\u0301 ü\tend";
        CharTokenizer tokenizer = CharTokenizer.fromText(text);
        int[] ids = tokenizer.encode(text);

        assertEquals(text.codePointCount(0, text.length()), ids.length, "one token per code point");
        assertEquals(text.codePoints().distinct().count(), tokenizer.vocabSize());
        assertEquals(text, tokenizer.decode(ids));
        assertEquals("😀", tokenizer.decode(tokenizer.encode("😀")), "an emoji is one token, not two halves");
        assertEquals(1, tokenizer.encode("𪚥").length);
    }

    @Test
    void roundTripsRandomStringsOfVocabularyCharacters() {
        Random random = new Random(7);
        String corpus = RandomText.mixed(random, 400);
        CharTokenizer tokenizer = CharTokenizer.fromText(corpus);
        int[] vocabulary = corpus.codePoints().toArray();
        for (int trial = 0; trial < 200; trial++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.appendCodePoint(vocabulary[random.nextInt(vocabulary.length)]);
            }
            assertEquals(text.toString(), tokenizer.decode(tokenizer.encode(text.toString())));
        }
    }

    @Test
    void unknownCharacterErrorSaysWhichWhereAndWhatToDo() {
        CharTokenizer tokenizer = CharTokenizer.fromText("abc");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> tokenizer.encode("ab😀c"));
        String message = error.getMessage();
        assertTrue(message.contains("'😀' (U+1F600)"), message);
        assertTrue(message.contains("index 2"), message);
        assertTrue(message.contains("fromText"), message);
        assertTrue(message.contains("BpeTokenizer"), message);

        String newline = assertThrows(IllegalArgumentException.class, () -> tokenizer.encode("a\n")).getMessage();
        assertTrue(newline.contains("'\\n' (U+000A)") && newline.contains("index 1"), newline);
    }

    @Test
    void rejectsEmptyTextAndIdsOutsideTheVocabulary() {
        assertThrows(IllegalArgumentException.class, () -> CharTokenizer.fromText(""));
        CharTokenizer tokenizer = CharTokenizer.fromText("ab");
        String message = assertThrows(IllegalArgumentException.class, () -> tokenizer.decode(new int[] {0, 2}))
                .getMessage();
        assertTrue(message.contains("2") && message.contains("0 to 1"), message);
        assertThrows(IllegalArgumentException.class, () -> tokenizer.symbol(-1));
    }

    @Test
    void tokenTextEscapesWhatASymbolLeavesRaw() {
        CharTokenizer tokenizer = CharTokenizer.fromText("\n a");
        // Sorted: \n (10), space (32), a (97).
        assertEquals("\n", tokenizer.symbol(0));
        assertEquals("\\n", tokenizer.tokenText(0));
        assertEquals(" ", tokenizer.tokenText(1));
        assertEquals("a", tokenizer.tokenText(2));
    }

    @Test
    void tokenBytesAreTheCharactersUtf8() {
        CharTokenizer tokenizer = CharTokenizer.fromText("明😀");
        assertArrayEquals("明".getBytes(StandardCharsets.UTF_8), tokenizer.tokenBytes(0));
        assertArrayEquals("😀".getBytes(StandardCharsets.UTF_8), tokenizer.tokenBytes(1));
    }
}
