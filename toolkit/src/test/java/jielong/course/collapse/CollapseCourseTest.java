package jielong.course.collapse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jielong.lm.NGramModel;
import jielong.synthetic.DataRegime;
import jielong.synthetic.Generations.Generation;
import jielong.tokenize.CharTokenizer;
import jielong.train.TokenData;
import jielong.course.models.TangText;
import org.junit.jupiter.api.Test;

class CollapseCourseTest {
    /** A corpus of four tiny "poems" a line, split 90/10 like lesson 04's. */
    private static TangText corpus() {
        StringBuilder s = new StringBuilder();
        String[] lines = {"春風花草香", "江山麗日遲", "泥融飛燕子", "沙暖睡鴛鴦", "江碧鳥逾白", "山青花欲燃"};
        for (int i = 0; i < 60; i++) s.append(lines[i % lines.length]).append('\n');
        String text = s.toString();
        CharTokenizer tok = CharTokenizer.fromText(text);
        TokenData all = new TokenData(tok.encode(text));
        return new TangText(text, tok, all.head(0.9), all.tail(0.9));
    }

    @Test
    void poemsAreTheLinesWithoutTheirNewlines() {
        Poems p = Poems.from(corpus(), 10, 3);
        assertEquals("春風花草香", p.text(p.real().get(0)));
        assertEquals(5, p.heldOut().get(0).length);
        int[] stream = p.stream(p.real().subList(0, 2));
        assertEquals(1 + 6 + 6, stream.length);
        assertEquals(p.newline(), stream[0]);
        assertEquals(p.newline(), stream[6]);
    }

    @Test
    void aBigramGenerationRunsIsMeasuredAndReloadsFromItsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Poems p = Poems.from(corpus(), 20, 3);
        List<Generation<int[]>> run = PoemModels.ngram(p, 2, 1.0).run(p.real(), 4, DataRegime.replace(), 1, null);
        assertEquals(4, run.size());
        for (Generation<int[]> g : run) {
            assertTrue(g.metric(PoemModels.LOSS) > 0 && g.metric(PoemModels.DISTINCT2) > 0 && g.metric(PoemModels.DISTINCT2) <= 1);
        }
        // generation 0 is the maximum-likelihood bigram of the real poems, scored with add-0.01 smoothing
        NGramModel m = NGramModel.fit(p.stream(p.real()), p.vocabSize(), 2, PoemModels.SCORING_ALPHA);
        assertEquals(PoemModels.ngramLoss(m, p), run.get(0).metric(PoemModels.LOSS), 1e-12);
        assertEquals(1.0, PoemModels.measureReal(p).get(PoemModels.TAIL_KEPT));

        java.nio.file.Path file = dir.resolve("run.tsv");
        List<Generation<int[]>> saved = CollapseRuns.loadOrTrain(file, "test", "bigram", p, PoemModels.ngram(p, 2, 1.0), DataRegime.replace(), 4, 1);
        int[] calls = {0};
        jielong.synthetic.Generations<int[], NGramModel> counting = new jielong.synthetic.Generations<>(
                (data, t) -> { calls[0]++; return NGramModel.fit(p.stream(data), p.vocabSize(), 2, 0); },
                (mm, n, seed) -> p.real(), (mm, produced, t) -> java.util.Map.of());
        List<Generation<int[]>> loaded = CollapseRuns.loadOrTrain(file, "test", "bigram", p, counting, DataRegime.replace(), 4, 1);
        assertEquals(0, calls[0], "the same settings load the file instead of running");
        for (int t = 0; t < 4; t++) {
            assertEquals(saved.get(t).metrics(), loaded.get(t).metrics());
            assertArrayEquals(saved.get(t).examples().get(0), loaded.get(t).examples().get(0));
        }
        CollapseRuns.loadOrTrain(file, "test", "bigram", p, counting, DataRegime.replace(), 3, 1);
        assertEquals(3, calls[0], "other settings run again");
    }

    @Test
    void badSizesSayWhatToAskFor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Poems.from(corpus(), 1_000, 3));
        assertTrue(e.getMessage().startsWith("ask for 1 to "), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Poems.from(corpus(), 5, 0));
    }
}
