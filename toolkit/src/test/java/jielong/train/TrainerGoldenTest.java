package jielong.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jielong.model.Gpt;
import jielong.model.GptConfig;

/**
 * Next-token training on random windows of a stream gives, bit for bit, the losses the trainer
 * gave before objectives and batch sources were pluggable (recorded from commit b837ed7, the
 * same on 1 and 2 threads and on both kernel sets), with and without dropout.
 */
class TrainerGoldenTest {
    static final GptConfig SHAPE = new GptConfig(11, 16, 2, 2, 32, 0f);
    static final TrainConfig CONFIG = TrainConfig.defaults().withIters(6).withBatchSize(4).withWarmup(2)
            .withEval(3, 2).withCheckpointEvery(0).withSeed(21);

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "0.0; 401cd80c 401aa7c7 40165769 40145009 40128f59 400f7cb9; 40104cf1",
            "0.1; 401cc0eb 401ad2e2 4016aa21 4014d33d 4013a6c6 40108bd1; 40108fb2"})
    void nextTokenLossesAreTheRecordedOnes(float dropout, String losses, String val) {
        Trainer t = new Trainer(new Gpt(SHAPE.withDropout(dropout), CONFIG.seed()),
                TrainerTest.data(2000, 1), TrainerTest.data(500, 2), CONFIG);
        Trainer.Result r = t.run();
        String[] expected = losses.trim().split(" ");
        assertEquals(expected.length, r.losses().length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], Integer.toHexString(Float.floatToRawIntBits(r.losses()[i])), "loss at step " + (i + 1));
        }
        assertEquals(val.trim(), Integer.toHexString(Float.floatToRawIntBits(r.finalValLoss())), "validation loss");
    }
}
