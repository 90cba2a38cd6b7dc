package jielong.exercises.tokens;

import org.junit.jupiter.api.Test;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import jielong.tokenize.CharTokenizer;

@Exercise(value = 2, title = "encode and decode")
class EncodeDecodeTest {
    static final String TRAINING = "举头望明月，低头思故乡。🌙 moon\n";

    @Test
    @Points(1)
    void encodeMatchesTheToolkit() {
        int[] vocabulary = VocabularyTest.expected(TRAINING);
        String text = "低头望月🌙\n";
        Case c = Case.of("encode(text, vocabulary)").input("text", text).input("vocabulary", vocabulary);
        c.expectInts(CharTokenizer.fromText(TRAINING).encode(text), c.run(() -> TokensAdapter.encode(text, vocabulary)));
    }

    @Test
    @Points(1)
    void decodeMatchesTheToolkit() {
        int[] vocabulary = VocabularyTest.expected(TRAINING);
        int[] ids = CharTokenizer.fromText(TRAINING).encode("moon 🌙 明月");
        Case c = Case.of("decode(ids, vocabulary)").input("ids", ids).input("vocabulary", vocabulary);
        c.expectText("moon 🌙 明月", c.run(() -> TokensAdapter.decode(ids, vocabulary)));
    }

    @Test
    @Points(1)
    void decodeUndoesEncode() {
        int[] vocabulary = VocabularyTest.expected(TRAINING);
        Case c = Case.of("decode(encode(text, vocabulary), vocabulary)").input("text", TRAINING);
        c.expectText(TRAINING, c.run(() -> TokensAdapter.decode(TokensAdapter.encode(TRAINING, vocabulary), vocabulary)));
    }
}
