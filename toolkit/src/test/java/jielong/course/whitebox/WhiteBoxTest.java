package jielong.course.whitebox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.course.models.TangText;
import jielong.data.RepeatedTokens;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.tokenize.CharTokenizer;
import jielong.train.Examples;
import jielong.train.TokenData;

class WhiteBoxTest {
    /** Two poems of two phrases each, repeated: every place in a phrase is known from the text. */
    private static TangText text() {
        String poems = "白日依山盡，黃河入海流。\n欲窮千里目，更上一層樓。\n".repeat(20);
        CharTokenizer tok = CharTokenizer.fromText(poems);
        TokenData all = new TokenData(tok.encode(poems));
        return new TangText(poems, tok, all.head(0.5), all.tail(0.5));
    }

    @Test
    void everyCharacterKnowsItsPlaceInThePhraseAndItsTarget() {
        TangText text = text();
        PoemWindows w = PoemWindows.heldOut(text, 6, 10, 3);
        assertEquals(60, w.tokens().length);
        int[] tokens = w.tokens();
        for (int i = 0; i < tokens.length; i++) {
            String c = w.chars().get(i);
            assertEquals(text.tokenizer().decode(new int[] {tokens[i]}), c);
            if (PoemWindows.isBreak(c)) assertEquals(-1, w.phrase()[i], "a break has no place");
            else if (w.phrase()[i] >= 0 && i % 10 > 0 && w.phrase()[i] > 0) assertEquals(w.phrase()[i] - 1, w.phrase()[i - 1], "places count up inside a phrase");
            if (i % 10 < 9) assertEquals(tokens[i + 1], w.next()[i], "the target is the next character");
        }
        // in this text every phrase is five characters: the place is the distance back to the last break, less one
        String val = text.tokenizer().decode(text.val().tokens());
        assertTrue(val.contains("白日依山盡"));
        assertTrue(java.util.Arrays.stream(w.phrase()).anyMatch(p -> p == 4));
        assertTrue(java.util.Arrays.stream(w.phrase()).allMatch(p -> p >= -1 && p <= 4));
        assertEquals("依山[盡]", contextOf(w, "盡", 2).substring(contextOf(w, "盡", 2).length() - 5));
    }

    private static String contextOf(PoemWindows w, String c, int before) {
        for (int i = 0; i < w.chars().size(); i++) if (w.chars().get(i).equals(c) && i % w.t() >= before) return w.context(i, before);
        throw new AssertionError("no " + c);
    }

    @Test
    void inductionBatchesScoreOnlyTheCopyAfterItsFirstToken() {
        Examples.Batch b = Induction.batches(new RepeatedTokens(9, 3, 5)).sample(new Random(2), 6);
        for (int s = 0; s < b.batchSize(); s++) {
            int n = 0;
            for (int i = 0; i < b.t(); i++) if (b.weights()[s * b.t() + i] > 0) n++;
            // a sequence of 2L tokens has 2L − 1 targets; the copy's first token is not predictable, so L − 1 count
            int length = 0;
            for (int i = 0; i < b.t(); i++) if (b.weights()[s * b.t() + i] > 0) length = i + 2;
            int half = length / 2;
            assertEquals(half - 1, n, "sequence " + s);
            for (int i = half; i < length - 1; i++) assertEquals(b.x()[s * b.t() + i - half + 1], b.y()[s * b.t() + i], "the target repeats the prefix");
        }
    }

    @Test
    void correlationIsPearsonsR() {
        float[][] a = {{1}, {2}, {3}, {4}};
        boolean[] b = {false, false, true, true};
        // x − mean = (−1.5, −0.5, 0.5, 1.5), y − mean = (−½, −½, ½, ½): r = 2 / √(5 · 1)
        assertEquals(2 / Math.sqrt(5), NeuronHunt.correlation(a, 0, b), 1e-12);
        assertEquals(0, NeuronHunt.correlation(a, 0, new boolean[4]), 0);
    }

    @Test
    void weightReadingPrintsARowAndRefusesOneThatIsNotThere() {
        Gpt gpt = new Gpt(new GptConfig(5, 4, 1, 1, 8, 0f), 1);
        String row = WeightReading.row(gpt, "wte.weight", 2, 4);
        assertEquals(2, row.lines().count());
        assertEquals(8, row.trim().split("\\s+").length);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WeightReading.row(gpt, "wte", 0, 4)).getMessage().contains("summary(model) lists them"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WeightReading.row(gpt, "wte.weight", 5, 4)).getMessage().contains("no row 5"));
        assertEquals(gpt.config.nLayer() * 4 + 2, WeightReading.matrices(gpt).rowCount());
        assertTrue(WeightReading.census(gpt).startsWith(gpt.parameters().size() + " tensors"));
        List<?> plots = WeightReading.histograms(gpt, 10);
        assertEquals(5, plots.size());
    }
}
