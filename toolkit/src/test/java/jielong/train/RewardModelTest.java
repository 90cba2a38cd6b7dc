package jielong.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.model.Gpt;
import jielong.model.GptConfig;

/** A reward model trained on pairs recovers the preference planted in them, and reads each example at its own last token. */
class RewardModelTest {
    static final int REWARD = 11;

    /**
     * Prompt: two tokens a, b from 2..9; completion: one token. The planted preference: the
     * completion equal to the larger of a and b beats any other completion.
     */
    static Comparisons pairs(long seed, int n) {
        Random rng = new Random(seed);
        List<Examples.Example> w = new ArrayList<>(), l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int a = 2 + rng.nextInt(8), b = 2 + rng.nextInt(8), other;
            do other = 2 + rng.nextInt(8); while (other == Math.max(a, b));
            w.add(Examples.Example.of(new int[] {a, b}, new int[] {Math.max(a, b)}));
            l.add(Examples.Example.of(new int[] {a, b}, new int[] {other}));
        }
        return new Comparisons(w, l, 4);
    }

    @Test
    void recoversAPlantedPreference() {
        RewardModel rm = new RewardModel(new Gpt(new GptConfig(12, 4, 1, 2, 32, 0f), 2), REWARD);
        Comparisons train = pairs(1, 2000), held = pairs(2, 300);
        double before = rm.accuracy(held.all());
        TrainConfig c = TrainConfig.defaults().withIters(300).withBatchSize(32).withWarmup(20).withLearningRate(1e-2f)
                .withEval(0, 1).withCheckpointEvery(0).withSeed(4);
        Trainer.Result r = new Trainer(rm, rm.bradleyTerry(), train, null, c).run();
        double after = rm.accuracy(held.all());
        assertEquals(Math.log(2), r.losses()[0], 0.05, "an untrained reward model barely tells the two apart");
        assertTrue(before < 0.7, "before training: " + before);
        assertTrue(after > 0.95, "held-out pairwise accuracy after training: " + after);
    }

    @Test
    void eachExampleIsReadAtItsOwnLastToken() {
        RewardModel rm = new RewardModel(new Gpt(new GptConfig(12, 6, 1, 2, 16, 0f), 3), REWARD);
        Examples.Example shortOne = Examples.Example.of(new int[] {3, 4}, new int[] {5});
        Examples.Example longOne = Examples.Example.of(new int[] {3, 4}, new int[] {5, 6, 7});
        float alone = rm.score(shortOne)[0];
        float[] together = rm.score(shortOne, longOne);
        assertEquals(alone, together[0], 1e-5, "padding after an example does not change its reward");
        assertTrue(Math.abs(together[0] - together[1]) > 1e-4, "different examples, different rewards: " + together[0] + " " + together[1]);
        assertEquals(together[1], rm.score(longOne)[0], 1e-5);
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        Gpt body = new Gpt(new GptConfig(12, 4, 1, 2, 16, 0f), 3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RewardModel(body, 12)).getMessage().contains("outside the vocabulary"));
        RewardModel rm = new RewardModel(body, REWARD);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> rm.score(Examples.Example.of(new int[] {1, 2, 3}, new int[] {4, 5})))
                .getMessage().contains("longer than the reward model's context"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Comparisons(List.of(Examples.Example.of(new int[] {1}, new int[] {2})), List.of(), 4))
                .getMessage().contains("every pair needs"));
    }
}
