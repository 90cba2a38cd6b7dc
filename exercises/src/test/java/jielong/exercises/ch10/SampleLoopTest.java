package jielong.exercises.ch10;

import java.util.Random;
import java.util.function.BiFunction;

import jielong.diffusion.ForwardProcess;
import jielong.diffusion.NoisePredictor;
import jielong.diffusion.NoiseSchedule;
import jielong.diffusion.ReverseProcess;
import jielong.engine.Tensor;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "the sampling loop")
class SampleLoopTest {
    /**
     * A predictor that knows the point x_0 the walk must reach: it answers with the noise that
     * separates x_t from √ᾱ_t·x_0. DDPM's reverse step then lands on x_0 exactly at t = 1.
     */
    @Test
    @Points(2)
    void aPredictorThatKnowsTheAnswerIsFollowedHome() {
        NoiseSchedule s = NoiseSchedule.linear(50, 1e-4, 0.02);
        double[] x0 = {0.75, -1.25};
        BiFunction<double[], Integer, double[]> oracle = (x, t) -> {
            double a = s.alphaBar(t);
            return new double[] {(x[0] - Math.sqrt(a) * x0[0]) / Math.sqrt(1 - a), (x[1] - Math.sqrt(a) * x0[1]) / Math.sqrt(1 - a)};
        };
        Random rng = new Random(10);
        double[][] noises = new double[50][];
        for (int t = 1; t <= 50; t++) noises[t - 1] = new double[] {rng.nextGaussian(), rng.nextGaussian()};
        double[] start = {rng.nextGaussian(), rng.nextGaussian()};
        Case c = Case.of("sample(start, betas, a predictor that knows x0 = (0.75, -1.25), noises), T = 50").input("start", start);
        c.expectDoubles(x0, c.run(() -> Ch10.sample(start, s.betas(), oracle, noises)), 1e-6);
    }

    /** A fixed made-up predictor: the toolkit's sampler, fed the same noise, is the reference. */
    @Test
    @Points(2)
    void theSameWalkAsTheToolkitsSampler() {
        for (int steps : new int[] {10, 50}) {
            NoiseSchedule s = NoiseSchedule.linear(steps, 1e-4, 0.02);
            NoisePredictor toolkit = (xt, t) -> {
                float[] e = new float[xt.size()];
                for (int i = 0; i < e.length; i++) e[i] = (float) (Math.tanh(xt.data[i]) * t[i / 2] / steps);
                return Tensor.of(e, xt.shape);
            };
            BiFunction<double[], Integer, double[]> learner = (x, t) -> {
                double[] e = new double[x.length];
                for (int i = 0; i < e.length; i++) e[i] = (float) (Math.tanh((float) x[i]) * (float) (int) t / steps);
                return e;
            };
            Random rng = new Random(steps);
            float[] start = ForwardProcess.gaussian(rng, 2);
            double[][] noises = new double[steps][];
            noises[0] = new double[2];
            Random copy = new Random(7);
            for (int t = steps; t >= 2; t--) noises[t - 1] = ReverseStepTest.doubles(ForwardProcess.gaussian(copy, 2));
            float[] want = ReverseProcess.sample(toolkit, s, start, 2, new Random(7)).sample();
            double[] begin = ReverseStepTest.doubles(start);
            Case c = Case.of("sample(start, betas, predictor, noises), T = " + steps + ", predictor ε(x, t) = tanh(x)·t/T")
                    .input("start", begin).input("noises[T - 1]", noises[steps - 1]);
            c.expectFloats(want, OneJumpTest.toFloats(c.run(() -> Ch10.sample(begin, s.betas(), learner, noises))), 1e-3);
        }
    }
}
