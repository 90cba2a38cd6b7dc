package jielong.exercises.ch20;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 2, title = "a results file read into a compute curve")
class ComputeCurveTest {
    private static final List<String> FILE = List.of("stage,flops,metric,value",
            "pretraining,2e12,accuracy,0.1",
            "rl-beta-0.1,4e11,accuracy,0.55",
            "rl-beta-0.1,4e11,kl,2.5",
            "",
            "rl-beta-0.1,1e11,accuracy,0.3",
            "sft,1e11,accuracy,0.3",
            "rl-beta-0.1,0,accuracy,0.2");

    @Test
    @Points(1)
    void oneStageAndMetricOrderedByFlops() {
        Case c = Case.of("computeCurve(lines, \"rl-beta-0.1\", \"accuracy\")").input("lines", String.join(" / ", FILE));
        double[][] got = c.run(() -> Ch20.computeCurve(FILE, "rl-beta-0.1", "accuracy"));
        c.expectEqual(2, got.length);
        c.expectDoubles(new double[] {0, 1e11, 4e11}, got[0], 1e-3);
        c.expectDoubles(new double[] {0.2, 0.3, 0.55}, got[1], 1e-12);
        double[][] kl = Ch20.computeCurve(FILE, "rl-beta-0.1", "kl");
        Case k = Case.of("computeCurve(lines, \"rl-beta-0.1\", \"kl\")");
        k.expectDoubles(new double[] {2.5}, kl[1], 1e-12);
        double[][] none = Ch20.computeCurve(FILE, "dpo", "accuracy");
        Case d = Case.of("computeCurve(lines, \"dpo\", \"accuracy\")");
        d.expectEqual(0, none[0].length);
    }

    @Test
    @Points(1)
    void aShuffledFileWithTiesKeepsTheFilesOrderAmongEqualFlops() {
        Random rng = new Random(20);
        List<String> lines = new ArrayList<>(List.of("stage,flops,metric,value"));
        List<double[]> want = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String stage = rng.nextBoolean() ? "dpo" : "sft";
            double flops = 1e9 * rng.nextInt(10), value = rng.nextDouble();
            lines.add(stage + "," + flops + ",accuracy," + value);
            if (stage.equals("dpo")) want.add(new double[] {flops, value});
        }
        // insertion into a sorted list, after every equal one: the file's order among ties
        List<double[]> sorted = new ArrayList<>();
        for (double[] w : want) {
            int at = sorted.size();
            while (at > 0 && sorted.get(at - 1)[0] > w[0]) at--;
            sorted.add(at, w);
        }
        Case c = Case.of("computeCurve(60 shuffled lines, \"dpo\", \"accuracy\")");
        double[][] got = c.run(() -> Ch20.computeCurve(lines, "dpo", "accuracy"));
        c.expectDoubles(sorted.stream().mapToDouble(r -> r[0]).toArray(), got[0], 1e-3);
        c.expectDoubles(sorted.stream().mapToDouble(r -> r[1]).toArray(), got[1], 1e-12);
    }

    @Test
    @Points(1)
    void aWrongHeaderIsRefused() {
        List<String> bad = List.of("stage,flop,metric,value", "sft,1,accuracy,0.5");
        Case c = Case.of("computeCurve(a file headed 'stage,flop,metric,value', \"sft\", \"accuracy\")");
        try {
            Ch20.computeCurve(bad, "sft", "accuracy");
        } catch (IllegalArgumentException expected) {
            c.expectThat(expected.getMessage() != null && expected.getMessage().contains("stage,flop,metric,value"),
                    "the message names the header it found, got: " + expected.getMessage());
            return;
        } catch (UnsupportedOperationException notYet) {
            throw c.fail("not implemented yet");
        }
        throw c.fail("expected an IllegalArgumentException for the wrong header, got a curve");
    }
}
