package jielong.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.train.AdamW;
import jielong.train.TrainConfig;

/** Steps whose arrays are handed on ({@link StepMemory}) must train to the same bits as steps with new arrays. */
class StepMemoryTest {
    private static final GptConfig SHAPE = new GptConfig(13, 16, 2, 2, 32, 0.1f);

    /** Losses (as raw bits) and final weights of a few AdamW steps; with or without recycling, dropout on. */
    private static List<Integer> train(boolean recycle, float[][] weightsOut) {
        Gpt model = new Gpt(SHAPE, 5);
        AdamW opt = new AdamW(model.parameters());
        TrainConfig c = TrainConfig.defaults().withWeightDecay(0.1f);
        Random rng = new Random(9), dropout = new Random(10);
        StepMemory memory = new StepMemory();
        List<Integer> losses = new ArrayList<>();
        for (int step = 0; step < 6; step++) {
            int batch = step == 3 ? 2 : 3; // one step of another shape: its arrays cannot be reused, nor spoil the next
            int[] x = new int[batch * 16], y = new int[batch * 16];
            for (int i = 0; i < x.length; i++) { x[i] = rng.nextInt(13); y[i] = rng.nextInt(13); }
            StepMemory.Step open = recycle ? memory.open() : () -> {};
            try (open) {
                Tensor loss = model.loss(x, y, 16, dropout);
                model.parameters().values().forEach(Tensor::zeroGrad);
                loss.backward();
                opt.clipGradients(1f);
                opt.step(c, 1e-2f);
                losses.add(Float.floatToRawIntBits(loss.item()));
            }
        }
        weightsOut[0] = model.parameters().get("h.1.mlp.c_proj.weight").data.clone();
        return losses;
    }

    @Test
    void recycledStepsTrainToTheSameBitsAsNewArrays() {
        float[][] fresh = new float[1][], recycled = new float[1][];
        assertEquals(train(false, fresh), train(true, recycled));
        assertArrayEquals(fresh[0], recycled[0]);
    }

    @Test
    void theNextStepReusesTheArraysAndParametersAreLeftAlone() {
        Tensor w = Tensor.param(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor x = Tensor.of(new float[] {1, 0, 0, 1, 1, 1}, 3, 2);
        StepMemory memory = new StepMemory();
        Tensor first;
        float[] firstData, firstGrad, wGrad;
        try (StepMemory.Step open = memory.open()) {
            first = Ops.linear(x, w, null);
            Ops.sum(first).backward();
            firstData = first.data;
            firstGrad = first.grad();
            wGrad = w.grad();
        }
        assertThrows(IllegalStateException.class, () -> first.get(0, 0), "a tensor of a closed step is unusable");
        assertArrayEquals(new float[] {2, 2, 2, 2, 2, 2}, w.grad(), "the parameter keeps its gradient");
        assertSame(wGrad, w.grad());
        try (StepMemory.Step open = memory.open()) {
            Tensor second = Ops.linear(x, w, null);
            assertTrue(second.data == firstData || second.data == firstGrad, "the same-sized array is handed on");
            assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6, 5, 7, 9}, second.data, "and holds this step's values only");
            assertNotSame(second.data, second.grad());
            assertArrayEquals(new float[9], second.grad(), "a handed-on gradient starts at zero");
        }
        Tensor outside = Ops.linear(x, w, null);
        assertNotSame(firstData, outside.data);
        assertEquals(9f, outside.get(2, 2));
    }

    @Test
    void oneMemoryHoldsOneStepAtATime() {
        StepMemory memory = new StepMemory();
        try (StepMemory.Step open = memory.open()) {
            assertThrows(IllegalStateException.class, memory::open);
        }
        memory.open().close();
    }
}
