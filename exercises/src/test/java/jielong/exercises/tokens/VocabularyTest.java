package jielong.exercises.tokens;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.tokenize.CharTokenizer;

@Exercise(value = 1, title = "a character vocabulary")
class VocabularyTest {
    /** The toolkit's tokenizer: the character of id i is its vocabulary's entry i. */
    static int[] expected(String text) {
        CharTokenizer tok = CharTokenizer.fromText(text);
        int[] v = new int[tok.vocabSize()];
        for (int i = 0; i < v.length; i++) v[i] = tok.symbol(i).codePointAt(0);
        return v;
    }

    private static void check(String text) {
        Case c = Case.of("vocabulary(text)").input("text", text);
        c.expectInts(expected(text), c.run(() -> TokensAdapter.vocabulary(text)));
    }

    @Test
    @Points(1)
    void sortedAndDistinct() {
        check("hello, world");
    }

    @Test
    @Points(1)
    void chineseAndAnEmojiAreOneCharacterEach() {
        check("床前明月光，疑是地上霜。🌙\n");
    }
}
