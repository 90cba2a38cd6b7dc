package jielong.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jielong.engine.Tensor;

/** The Bradley-Terry and DPO losses against hand computations, and their gradients against finite differences. */
class PreferenceLossesTest {
    @Test
    void bradleyTerryLossIsTheMeanNegativeLogLikelihoodOfThePreferences() {
        // pair 1: margin 2 → −log σ(2) = log(1 + e^−2) = 0.126928; pair 2: margin −1 → log(1 + e) = 1.313262
        Tensor w = Tensor.of(new float[] {3f, 0f}, 2), l = Tensor.of(new float[] {1f, 1f}, 2);
        assertEquals((0.126928 + 1.313262) / 2, BradleyTerry.loss(w, l).item(), 1e-5);
        assertEquals(Math.log(2), BradleyTerry.loss(l, l).item(), 1e-6, "equal rewards: ln 2");
        assertEquals(0.880797, BradleyTerry.probability(3, 1), 1e-6, "σ(2)");
        assertEquals(2.5 / 4, BradleyTerry.accuracy(new float[] {3, 0, 2, 1}, new float[] {1, 1, 1, 1}), 1e-12, "a tie counts half");
    }

    @Test
    void bradleyTerryGradientMatchesFiniteDifferences() {
        float[] wv = {0.3f, -1.2f, 2f}, lv = {0.1f, 0.4f, -0.5f};
        Tensor w = Tensor.param(wv.clone(), 3), l = Tensor.param(lv.clone(), 3);
        BradleyTerry.loss(w, l).backward();
        for (int i = 0; i < 3; i++) {
            // d/dr_w of −(1/n) log σ(r_w − r_l) is −(1/n)(1 − σ(margin)); r_l gets the opposite
            double expected = -(1 - BradleyTerry.probability(wv[i], lv[i])) / 3;
            assertEquals(expected, w.grad()[i], 1e-5, "chosen " + i);
            assertEquals(-expected, l.grad()[i], 1e-5, "rejected " + i);
            assertEquals(expected, numeric(wv, lv, i), 1e-3, "finite difference " + i);
        }
    }

    private static double numeric(float[] w, float[] l, int i) {
        double h = 1e-3;
        float[] up = w.clone(), down = w.clone();
        up[i] += (float) h;
        down[i] -= (float) h;
        return (BradleyTerry.loss(Tensor.of(up, 3), Tensor.of(l, 3)).item() - BradleyTerry.loss(Tensor.of(down, 3), Tensor.of(l, 3)).item()) / (2 * h);
    }

    @Test
    void dpoLossOfOnePairMatchesAHandComputation() {
        // log π(y_w) = −2, log π(y_l) = −3, log π_ref(y_w) = −2.5, log π_ref(y_l) = −2.8, β = 0.5:
        // margin = (−2 + 2.5) − (−3 + 2.8) = 0.5 + 0.2 = 0.7; β·margin = 0.35; −log σ(0.35) = log(1 + e^−0.35) = log 1.704688 = 0.533382
        assertEquals(0.533382, Dpo.loss(-2, -3, -2.5, -2.8, 0.5), 1e-5);
        Tensor pw = Tensor.param(new float[] {-2f}, 1), pl = Tensor.param(new float[] {-3f}, 1);
        Tensor loss = Dpo.loss(pw, pl, Tensor.of(new float[] {-2.5f}, 1), Tensor.of(new float[] {-2.8f}, 1), 0.5f);
        assertEquals(0.533382, loss.item(), 1e-5);
        loss.backward();
        // d/d log π(y_w) = −β(1 − σ(0.35)) = −0.5 · 0.413382 = −0.206691; the rejected side the opposite
        assertEquals(-0.206691, pw.grad()[0], 1e-5);
        assertEquals(0.206691, pl.grad()[0], 1e-5);
        assertEquals(Math.log(2), Dpo.loss(-1, -2, -1, -2, 0.1), 1e-12, "a policy equal to its reference: ln 2");
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        Tensor two = Tensor.of(new float[2], 2), three = Tensor.of(new float[3], 3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BradleyTerry.loss(two, three)).getMessage().contains("as many chosen"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Dpo.loss(two, two, two, two, 0f)).getMessage().contains("beta must be positive"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Dpo.loss(two, two, three, two, 0.1f)).getMessage().contains("one log-probability per pair"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BradleyTerry.accuracy(new float[0], new float[0])).getMessage().contains("at least one"));
    }
}
