package jielong.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import jielong.engine.Ops;
import jielong.engine.Tensor;

class AttentionOnlyTraceTest {
    static final GptConfig SHAPE = new GptConfig(11, 8, 2, 2, 16, 0f);

    private static AttentionOnly model() {
        AttentionOnly m = new AttentionOnly(SHAPE, 3);
        Random rng = new Random(4);
        m.parameters().forEach((name, p) -> {
            if (!name.contains("ln")) for (int i = 0; i < p.size(); i++) p.data[i] = (float) (rng.nextGaussian() * 0.3);
        });
        return m;
    }

    private static final int[] IDX = {1, 4, 2, 9, 4, 2, 9, 0, 3, 3, 5, 6, 7, 8, 10, 1};

    @Test
    void aTraceChangesNothingItIsNotAskedTo() {
        AttentionOnly m = model();
        Trace t = Trace.record("h.*.attn.probs", "h.*.resid_post", "logits");
        float[] plain = m.forward(IDX, 8).host().data, traced = m.forward(IDX, 8, t).host().data;
        assertArrayEquals(plain, traced);
        assertArrayEquals(plain, t.get("logits").data);
        assertArrayEquals(new int[] {2, 2, 8, 8}, t.get("h.1.attn.probs").shape);
        assertTrue(m.activationNames().stream().noneMatch(n -> n.contains("mlp")));
    }

    @Test
    void theResidualStreamIsTheSumOfWhatEachLayerWrites() {
        AttentionOnly m = model();
        Trace t = Trace.record("embed.out", "h.*.attn.out", "h.1.resid_post");
        m.forward(IDX, 8, t);
        Tensor sum = Ops.add(Ops.add(t.get("embed.out"), t.get("h.0.attn.out")), t.get("h.1.attn.out"));
        float[] want = sum.data, got = t.get("h.1.resid_post").data;
        for (int i = 0; i < want.length; i++) assertEquals(want[i], got[i], 1e-5);
    }

    @Test
    void ablatingAHeadEqualsZeroingItsColumnsByHand() {
        AttentionOnly m = model();
        Trace heads = Trace.record("h.1.attn.heads");
        m.forward(IDX, 8, heads);
        Tensor y = heads.get("h.1.attn.heads");
        float[] zeroed = y.data.clone();
        int hs = SHAPE.nEmbd() / SHAPE.nHead();
        for (int r = 0; r < y.rows(); r++) for (int j = 0; j < hs; j++) zeroed[r * SHAPE.nEmbd() + hs + j] = 0;
        float[] patched = m.forward(IDX, 8, Trace.patch("h.1.attn.heads", Tensor.of(zeroed, y.rows(), y.cols()))).host().data;
        float[] ablated = m.forward(IDX, 8, Trace.ablate("h.1.attn.head.1")).host().data;
        assertArrayEquals(patched, ablated, 1e-6f);
        float[] plain = m.forward(IDX, 8).host().data;
        double diff = 0;
        for (int i = 0; i < plain.length; i++) diff = Math.max(diff, Math.abs(plain[i] - ablated[i]));
        assertTrue(diff > 1e-3, "removing a head should change the logits");
    }

    @Test
    void namesTheModelLacksAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model().forward(IDX, 8, Trace.ablate("h.0.mlp.out")));
        assertTrue(e.getMessage().contains("no activation h.0.mlp.out"), e.getMessage());
    }
}
