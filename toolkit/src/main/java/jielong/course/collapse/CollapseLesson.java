package jielong.course.collapse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import jielong.course.models.TangGpt;
import jielong.course.models.TangText;
import jielong.model.Gpt;
import jielong.train.Checkpoint;

/**
 * Lesson 19's sizes in one place, for full and fast mode: how many real poems, how many
 * generations, and the GPT's fine-tuning. The GPT is lesson 04's small model (its fast-mode shape,
 * 2 layers of width 48) in both modes, so that its generations stay cheap.
 *
 * @param realPoems      poems of real data, and poems each generation writes
 * @param heldOutPoems   held-out real poems every generation is scored on
 * @param generations    n-gram generations per run (0 included)
 * @param gptPoems       poems of real data for the GPT's runs, and poems each of its generations writes
 * @param gptGenerations GPT generations (0 included)
 * @param gptSteps       fine-tuning steps per GPT generation
 */
public record CollapseLesson(int realPoems, int heldOutPoems, int generations, int gptPoems, int gptGenerations, int gptSteps) {
    /** The sizes for full or fast mode. */
    public static CollapseLesson of(boolean fast) {
        return fast ? new CollapseLesson(2_000, 500, 10, 100, 3, 40) : new CollapseLesson(6_000, 1_500, 20, 300, 4, 150);
    }

    /** The real and held-out poems of these sizes. */
    public Poems poems(TangText text) {
        return Poems.from(text, realPoems, heldOutPoems);
    }

    /** The GPT's base: lesson 04's small model (trained now, about a minute, if lesson 04 has not left it), a fresh copy each call. */
    public static Supplier<Gpt> gptBase(TangText text) {
        TangGpt.loadOrTrain(text, true);
        Path file = TangGpt.checkpoint(true);
        return () -> {
            try {
                return Checkpoint.load(file).toModel();
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file + " (" + e.getMessage() + "); delete it and lesson 04's model will be trained again", e);
            }
        };
    }
}
