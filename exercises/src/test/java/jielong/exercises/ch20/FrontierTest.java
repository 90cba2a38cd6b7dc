package jielong.exercises.ch20;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jielong.experiment.ComputePoint;
import jielong.experiment.ComputeTable;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "the compute-efficient frontier")
class FrontierTest {
    @Test
    @Points(1)
    void byHand() {
        double[] flops = {4e10, 1e10, 2e10, 3e10, 2e10};
        double[] loss = {2.0, 3.0, 3.5, 2.5, 2.8};
        // by compute: 1e10 (3.0) kept, 2e10 (3.5) not, 2e10 (2.8) kept, 3e10 (2.5) kept, 4e10 (2.0) kept
        Case c = Case.of("frontier(flops, loss)").input("flops", flops).input("loss", loss);
        c.expectInts(new int[] {1, 4, 3, 0}, c.run(() -> Ch20.frontier(flops, loss)));
    }

    @Test
    @Points(2)
    void asTheToolkitFindsItOnRandomSweeps() {
        Random rng = new Random(6);
        for (int trial = 0; trial < 5; trial++) {
            int n = 20 + rng.nextInt(40);
            double[] flops = new double[n], loss = new double[n];
            List<ComputePoint> pts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                flops[i] = Math.exp(20 + 8 * rng.nextDouble());
                loss[i] = 1 + 4 * rng.nextDouble();
                pts.add(new ComputePoint("06", "run" + i, flops[i], "val_loss", loss[i]));
            }
            ComputeTable.Series want = new ComputeTable(pts).frontier("val_loss", true);
            Case c = Case.of("frontier(flops, loss) on " + n + " random runs (seed 6, trial " + trial + ")");
            int[] got = c.run(() -> Ch20.frontier(flops, loss));
            double[] gotFlops = new double[got.length];
            for (int i = 0; i < got.length; i++) gotFlops[i] = flops[got[i]];
            c.expectDoubles(want.flops(), gotFlops, 1e-3);
        }
    }
}
