package jielong.course.scaling;

import java.util.ArrayList;
import java.util.List;

import jielong.experiment.ResultsTable;
import jielong.experiment.RunResult;

/**
 * IsoFLOP curves (Hoffmann et al. 2022, approach 2): runs that cost about the same compute, their
 * loss against model size. Too small a model wastes the budget on data it cannot use, too large
 * a one sees too little data; the bottom of the curve is the best size for that budget.
 *
 * @param flops geometric mean of the group's FLOPs
 * @param runs  the runs, smallest model first
 * @param curve loss ≈ c0 + c1·ln N + c2·(ln N)², fitted by least squares (needs 3 runs, else null)
 */
public record IsoFlop(double flops, List<RunResult> runs, double[] curve) {

    /**
     * Groups the runs into budgets: sorted by FLOPs, a run joins the current group while its
     * FLOPs are within {@code maxRatio} of the group's first. A grid whose model and data sizes
     * both double along each axis puts its diagonals in one group each.
     */
    public static List<IsoFlop> groups(ResultsTable results, double maxRatio) {
        List<RunResult> sorted = results.rows().stream()
                .sorted(java.util.Comparator.comparingDouble(RunResult::flops)).toList();
        List<IsoFlop> groups = new ArrayList<>();
        List<RunResult> current = new ArrayList<>();
        for (RunResult r : sorted) {
            if (!current.isEmpty() && r.flops() > current.get(0).flops() * maxRatio) {
                groups.add(of(current));
                current = new ArrayList<>();
            }
            current.add(r);
        }
        if (!current.isEmpty()) groups.add(of(current));
        return groups;
    }

    /** A curve through these runs. */
    public static IsoFlop of(List<RunResult> runs) {
        List<RunResult> bySize = runs.stream().sorted(java.util.Comparator.comparingLong(RunResult::parameters)).toList();
        double logMean = bySize.stream().mapToDouble(r -> Math.log(r.flops())).average().orElse(0);
        return new IsoFlop(Math.exp(logMean), bySize, bySize.size() >= 3 ? parabola(bySize) : null);
    }

    /**
     * Whether the curve has a minimum among its runs: at least 3 runs, a parabola opening upwards,
     * and its bottom between the smallest and the largest model (a bottom far outside is a guess).
     */
    public boolean hasMinimum() {
        if (curve == null || curve[2] <= 0) return false;
        double bottom = bottom();
        return bottom >= runs.get(0).parameters() && bottom <= runs.get(runs.size() - 1).parameters();
    }

    /** N at the bottom of the fitted parabola (NaN without a minimum). */
    public double bestParameters() {
        return hasMinimum() ? bottom() : Double.NaN;
    }

    private double bottom() {
        return Math.exp(-curve[1] / (2 * curve[2]));
    }

    /** The parabola's loss at its bottom (NaN without a minimum). */
    public double bestLoss() {
        return hasMinimum() ? lossAt(bestParameters()) : Double.NaN;
    }

    /** The fitted curve's loss at N parameters. */
    public double lossAt(double n) {
        double x = Math.log(n);
        return curve[0] + curve[1] * x + curve[2] * x * x;
    }

    /** The measured run with the lowest loss. */
    public RunResult bestRun() {
        return runs.stream().min(java.util.Comparator.comparingDouble(RunResult::valLoss)).orElseThrow();
    }

    /** Least squares for c0 + c1·x + c2·x², x = ln N, via the 3×3 normal equations. */
    private static double[] parabola(List<RunResult> runs) {
        double[][] m = new double[3][4];
        for (RunResult r : runs) {
            double x = Math.log(r.parameters()), y = r.valLoss();
            double[] powers = {1, x, x * x};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) m[i][j] += powers[i] * powers[j];
                m[i][3] += powers[i] * y;
            }
        }
        // Gaussian elimination with partial pivoting.
        for (int col = 0; col < 3; col++) {
            int pivot = col;
            for (int row = col + 1; row < 3; row++) if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) pivot = row;
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int row = col + 1; row < 3; row++) {
                double f = m[row][col] / m[col][col];
                for (int k = col; k < 4; k++) m[row][k] -= f * m[col][k];
            }
        }
        double[] c = new double[3];
        for (int i = 2; i >= 0; i--) {
            double s = m[i][3];
            for (int j = i + 1; j < 3; j++) s -= m[i][j] * c[j];
            c[i] = s / m[i][i];
        }
        return c;
    }
}
