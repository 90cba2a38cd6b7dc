package jielong.course.whitebox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.Trace;
import jielong.viz.BarPlot;
import jielong.viz.Plot;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A search for MLP units (after GELU, {@code h.l.mlp.act}) whose activation tracks something
 * nameable: for each named property of a character, the unit of any layer whose activation over
 * held-out windows correlates best with it (Pearson's r).
 *
 * @param windows     the held-out text it searched
 * @param activations per layer, [rows][4C]
 * @param properties  the named properties, true or false per row
 */
public record NeuronHunt(PoemWindows windows, List<float[][]> activations, Map<String, boolean[]> properties) {
    /** A unit: its layer, its index among the layer's 4C, the property it tracks and how well (Pearson's r). */
    public record Unit(int layer, int index, String property, double correlation) {
        /** The unit by its trace name and index, e.g. {@code h.2.mlp.act[91]}. */
        public String name() {
            return "h." + layer + ".mlp.act[" + index + "]";
        }
    }

    /** Records every layer's MLP activations on the windows and the properties to look for. */
    public static NeuronHunt of(Gpt model, PoemWindows windows, String comma, String fullStop) {
        Trace trace = Trace.record("h.*.mlp.act");
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            model.forward(windows.tokens(), windows.t(), trace);
        }
        List<float[][]> acts = new ArrayList<>();
        for (int l = 0; l < model.config.nLayer(); l++) {
            Tensor a = trace.get("h." + l + ".mlp.act");
            int rows = a.rows(), c = a.cols();
            float[][] m = new float[rows][c];
            for (int i = 0; i < rows; i++) System.arraycopy(a.data, i * c, m[i], 0, c);
            acts.add(m);
        }
        int n = windows.tokens().length;
        List<String> chars = windows.chars();
        Map<String, IntPredicate> named = new LinkedHashMap<>();
        named.put("is a comma", i -> chars.get(i).equals(comma));
        named.put("is a full stop", i -> chars.get(i).equals(fullStop));
        for (int k = 0; k < Probes.PLACES; k++) {
            int place = k;
            named.put("is character " + (k + 1) + " of its phrase", i -> windows.phrase()[i] == place);
        }
        named.put("next is a line break", i -> i + 1 < n && (i + 1) % windows.t() != 0 && chars.get(i + 1).equals("\n"));
        Map<String, boolean[]> props = new LinkedHashMap<>();
        named.forEach((name, p) -> {
            boolean[] b = new boolean[n];
            for (int i = 0; i < n; i++) b[i] = p.test(i);
            props.put(name, b);
        });
        return new NeuronHunt(windows, acts, props);
    }

    /** For each property, the unit whose activation correlates best (most positively) with it. */
    public List<Unit> bestUnits() {
        List<Unit> out = new ArrayList<>();
        properties.forEach((name, b) -> {
            Unit best = null;
            for (int l = 0; l < activations.size(); l++) {
                float[][] a = activations.get(l);
                for (int u = 0; u < a[0].length; u++) {
                    double r = correlation(a, u, b);
                    if (best == null || r > best.correlation()) best = new Unit(l, u, name, r);
                }
            }
            out.add(best);
        });
        return out;
    }

    /**
     * The unit that tracks best a property the current character alone does not give away (its
     * place in the phrase, or what comes next): a unit that fires on commas may just read the
     * comma's embedding, one that knows the place had to work it out.
     */
    public Unit clearestComputed() {
        Unit best = null;
        for (Unit u : bestUnits()) {
            if (u.property().startsWith("is a ")) continue;
            if (best == null || u.correlation() > best.correlation()) best = u;
        }
        return best;
    }

    /** The best units as a table, one row per property. */
    public Table table() {
        Table t = Table.create("the MLP unit that tracks each property best");
        StringColumn prop = StringColumn.create("property"), unit = StringColumn.create("unit");
        IntColumn layer = IntColumn.create("layer");
        DoubleColumn r = DoubleColumn.create("correlation r");
        for (Unit u : bestUnits()) {
            prop.append(u.property());
            unit.append(u.name());
            layer.append(u.layer());
            r.append(u.correlation());
        }
        return t.addColumns(prop, unit, layer, r);
    }

    /** The {@code k} rows where a unit fires most: its activation and the context (the firing character in brackets). */
    public Table topContexts(Unit unit, int k) {
        float[][] a = activations.get(unit.layer());
        Integer[] order = new Integer[a.length];
        for (int i = 0; i < a.length; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Float.compare(a[y][unit.index()], a[x][unit.index()]));
        Table t = Table.create("where " + unit.name() + " fires most in the held-out windows");
        StringColumn ctx = StringColumn.create("context (the character it fires on in brackets)");
        DoubleColumn act = DoubleColumn.create("activation");
        for (int i = 0; i < Math.min(k, a.length); i++) {
            ctx.append(windows.context(order[i], 12));
            act.append(a[order[i]][unit.index()]);
        }
        return t.addColumns(act, ctx);
    }

    /** A unit's activation on every character of one input, as bars. */
    public static BarPlot onInput(Gpt model, Unit unit, int[] tokens, List<String> chars) {
        Trace trace = Trace.record("h." + unit.layer() + ".mlp.act");
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            model.forward(tokens, tokens.length, trace);
        }
        Tensor a = trace.get("h." + unit.layer() + ".mlp.act");
        double[] y = new double[tokens.length];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            y[i] = a.data[i * a.cols() + unit.index()];
            labels.add((i + 1) + " " + (chars.get(i).equals("\n") ? "⏎" : chars.get(i)));
        }
        return Plot.bars(unit.name() + " on each character").axes("position and character", "activation (after GELU)")
                .series(unit.name(), labels, y);
    }

    /** Pearson's r between a unit's activation and a true/false property, over the rows; 0 when either is constant. */
    static double correlation(float[][] a, int unit, boolean[] b) {
        int n = a.length;
        double sx = 0, sy = 0;
        for (int i = 0; i < n; i++) {
            sx += a[i][unit];
            sy += b[i] ? 1 : 0;
        }
        double mx = sx / n, my = sy / n, sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = a[i][unit] - mx, dy = (b[i] ? 1 : 0) - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
