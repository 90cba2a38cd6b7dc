package jielong.course.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jielong.data.QaMixture;
import jielong.model.GptConfig;
import jielong.train.Checkpoint;
import jielong.train.TrainConfig;

/** The recipe check that keeps a checkpoint of another recipe from being loaded as this one's. */
class QaGptRecipeTest {
    private static Checkpoint.Contents saved(GptConfig shape, TrainConfig training) {
        return new Checkpoint.Contents(shape, training, training.iters(), Map.of(), Map.of(), Map.of(), "");
    }

    @Test
    void aCheckpointOfThisRecipeIsAccepted() {
        QaGpt.Recipe r = QaGpt.recipe();
        assertNull(r.staleness(saved(r.shape(), r.training()), r.text()));
        // folders written before recipe files existed: judged by the shape and settings inside the checkpoint
        assertNull(r.staleness(saved(r.shape(), r.training()), null));
    }

    @Test
    void otherTrainingSettingsOrAnotherShapeAreStale() {
        QaGpt.Recipe r = QaGpt.recipe();
        String why = r.staleness(saved(r.shape(), r.training().withIters(r.training().iters() + 100)), null);
        assertTrue(why != null && why.startsWith("it was trained with") && why.contains("iters=" + r.training().iters()), why);
        GptConfig wider = new GptConfig(r.shape().vocabSize(), r.shape().blockSize(), r.shape().nLayer(), r.shape().nHead(), 2 * r.shape().nEmbd(), 0f);
        why = r.staleness(saved(wider, r.training()), r.text());
        assertTrue(why != null && why.startsWith("its shape is"), why);
    }

    @Test
    void anotherMixtureIsStaleAndTheDifferingLineIsNamed() {
        QaGpt.Recipe r = QaGpt.recipe();
        String other = r.text().replace("mixture: ", "mixture: (older) ");
        String why = r.staleness(saved(r.shape(), r.training()), other);
        assertEquals("its recipe says \"" + other.lines().filter(l -> l.startsWith("mixture")).findFirst().get() + "\", this one \""
                + r.text().lines().filter(l -> l.startsWith("mixture")).findFirst().get() + "\"", why);
    }

    @Test
    void aSmallerMixtureIsAnotherRecipe() {
        QaGpt.Recipe full = QaGpt.recipe();
        QaGpt.Recipe small = new QaGpt.Recipe(full.shape(), full.training(), QaMixture.Sizes.fast());
        assertNotEquals(small.text(), full.text());
        String why = full.staleness(saved(full.shape(), full.training()), small.text());
        assertTrue(why != null && why.startsWith("its recipe says \"mixture: "), "a folder trained on a smaller mixture must not pass: " + why);
    }
}
