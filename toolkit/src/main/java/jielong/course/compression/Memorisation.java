package jielong.course.compression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.train.Progress;
import jielong.train.TokenData;
import jielong.train.TrainConfig;
import jielong.train.Trainer;

/**
 * Memorisation against generalisation: the same model trained for the same steps on ever smaller
 * slices of the training text. With little text it learns the text by heart (training loss falls,
 * validation loss rises); with more it must find the patterns, and the two losses meet.
 */
public final class Memorisation {
    private Memorisation() {}

    /** One run: training-text size in tokens, and the losses at the end, in nats per token. */
    public record Point(int trainTokens, float trainLoss, float valLoss) {
        /** Validation minus training loss: how much the model knows only by heart. */
        public float gap() {
            return valLoss - trainLoss;
        }
    }

    /** Trains one fresh model per size on the first {@code size} tokens of {@code train}; reports progress with the size. */
    public static List<Point> sweep(GptConfig shape, TrainConfig training, TokenData train, TokenData val, int[] sizes,
                                    BiConsumer<Integer, Progress> progress) {
        List<Point> points = new ArrayList<>();
        for (int size : sizes) {
            if (size > train.size()) throw new IllegalArgumentException("size " + size + " is more than the " + train.size() + " training tokens");
            TokenData slice = new TokenData(Arrays.copyOf(train.tokens(), size));
            Trainer trainer = new Trainer(new Gpt(shape, training.seed()), slice, null, training)
                    .onProgress(p -> progress.accept(size, p));
            trainer.run();
            points.add(new Point(size, trainer.evaluate(slice), trainer.evaluate(val)));
        }
        return points;
    }
}
