package jielong.course.scaling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jielong.experiment.ResultsTable;
import jielong.experiment.RunResult;
import jielong.fit.PowerLaw;

/**
 * The compute frontier: the runs no cheaper run beats. Sorted by FLOPs, a run is on the frontier
 * if its loss is lower than every cheaper run's. L(C) is fitted to these runs (Kaplan et al. 2020).
 */
public final class Frontier {
    private Frontier() {}

    /** The frontier runs, cheapest first. */
    public static List<RunResult> of(ResultsTable results) {
        List<RunResult> frontier = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (RunResult r : results.rows().stream().sorted(Comparator.comparingDouble(RunResult::flops)).toList()) {
            if (r.valLoss() < best) {
                frontier.add(r);
                best = r.valLoss();
            }
        }
        return frontier;
    }

    /** L(C) fitted to the frontier runs. */
    public static PowerLaw fit(ResultsTable results) {
        List<RunResult> f = of(results);
        return PowerLaw.fit(f.stream().mapToDouble(RunResult::flops).toArray(),
                f.stream().mapToDouble(RunResult::valLoss).toArray());
    }
}
