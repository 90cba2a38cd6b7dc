package jielong.course.scaling;

import java.util.List;
import java.util.function.ToDoubleFunction;

import jielong.fit.Bootstrap;
import jielong.fit.ChinchillaLaw;
import jielong.fit.PowerLaw;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The lesson's comparison tables: our fitted constants beside the published ones. */
public final class ScalingTables {
    private ScalingTables() {}

    /** Each constant of L(N, D) fitted here, its 95% bootstrap interval, and Hoffmann et al.'s value. */
    public static Table chinchilla(ChinchillaLaw law, List<ChinchillaLaw> refits) {
        ChinchillaLaw h = ChinchillaLaw.HOFFMANN_2022;
        List<ToDoubleFunction<ChinchillaLaw>> parts = List.of(ChinchillaLaw::e, ChinchillaLaw::a, ChinchillaLaw::b,
                ChinchillaLaw::alpha, ChinchillaLaw::beta);
        return Table.create("L(N, D) = E + A / N^alpha + B / D^beta").addColumns(
                StringColumn.create("constant", "E", "A", "B", "alpha", "beta"),
                DoubleColumn.create("fitted here", parts.stream().mapToDouble(p -> p.applyAsDouble(law)).toArray()),
                StringColumn.create("95% interval", parts.stream().map(p -> Bootstrap.interval(refits, p).toString())),
                DoubleColumn.create("Hoffmann et al. 2022", parts.stream().mapToDouble(p -> p.applyAsDouble(h)).toArray()));
    }

    /**
     * The exponents of L(N), L(D) and L(C): with a floor, without one (a straight line, as Kaplan
     * et al. 2020 fit), and Kaplan's published values (0.076, 0.095, 0.050).
     */
    public static Table exponents(PowerLaw ofN, PowerLaw ofD, PowerLaw ofC,
                                  PowerLaw ofNNoFloor, PowerLaw ofDNoFloor, PowerLaw ofCNoFloor) {
        return Table.create("power-law exponents").addColumns(
                StringColumn.create("law", "L(N)", "L(D)", "L(C)"),
                DoubleColumn.create("with floor E", ofN.alpha(), ofD.alpha(), ofC.alpha()),
                DoubleColumn.create("E", ofN.e(), ofD.e(), ofC.e()),
                DoubleColumn.create("no floor (straight line)", ofNNoFloor.alpha(), ofDNoFloor.alpha(), ofCNoFloor.alpha()),
                DoubleColumn.create("Kaplan et al. 2020", 0.076, 0.095, 0.050));
    }
}
