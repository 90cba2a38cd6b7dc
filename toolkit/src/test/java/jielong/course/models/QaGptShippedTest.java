package jielong.course.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import jielong.api.LocalModel;
import jielong.course.rag.Rag;
import jielong.course.rag.RagStudy;
import jielong.data.QaMixture;
import jielong.data.Question;
import jielong.retrieval.LuceneIndex;
import jielong.train.ShippedModel;

/**
 * The model shipped for lessons 11 to 13's fast mode: it is this recipe's (so a change to the recipe
 * fails here until the model is shipped again), and it does what those lessons show.
 */
class QaGptShippedTest {
    static final QaMixture MIXTURE = QaGpt.mixture();
    static final LocalModel MODEL = LocalModel.of("qa-gpt", QaGpt.shipped(), QaGpt.tokenizer());

    @Test
    void theShippedModelIsThisRecipesAndFinished() throws IOException {
        ShippedModel shipped = ShippedModel.open(QaGpt.folder(true));
        assertEquals(QaGpt.recipe().text(), shipped.recipe(),
                "the recipe changed since the model was shipped: " + QaGpt.REMAKE);
        assertNull(QaGpt.recipe().staleness(shipped.load(), shipped.recipe()));
        assertEquals(QaGpt.training().iters(), shipped.load().step());
    }

    @Test
    void itKnowsTheFactsItSawOftenAndReadsThoseItNeverSaw() {
        List<Question> often = MIXTURE.world().questions(Question.SEEN).stream().filter(q -> MIXTURE.copies().get(q.id()) == 100).toList();
        long known = often.stream().filter(q -> Rag.closedBook(MODEL, q.question()).text().equals(q.answer())).count();
        assertEquals(often.size(), known, "lesson 12: every fact seen 100 times is answered closed-book");

        LuceneIndex index = RagStudy.index(MIXTURE);
        List<Question> later = MIXTURE.world().questions(Question.AFTER_CUTOFF);
        long closed = later.stream().filter(q -> Rag.closedBook(MODEL, q.question()).text().equals(q.answer())).count();
        long read = later.stream().filter(q -> Rag.withRetrieval(MODEL, index, q.question()).text().equals(q.answer())).count();
        assertEquals(0, closed, "no fact from after the cutoff can be known");
        assertTrue(read >= later.size() / 5, "with its passage in the prompt the model reads " + read + " of " + later.size());
    }
}
