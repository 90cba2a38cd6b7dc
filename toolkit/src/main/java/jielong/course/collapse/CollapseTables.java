package jielong.course.collapse;

import java.util.List;
import java.util.Map;

import jielong.notebook.Numbers;
import jielong.synthetic.Generations.Generation;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Lesson 19's tables, numbers written by {@link Numbers}. */
public final class CollapseTables {
    private CollapseTables() {}

    /** A run, every {@code every}-th generation and the last, with the real poems' own numbers first (where given). */
    public static Table generations(String title, List<Generation<int[]>> run, int every, Map<String, Double> real, Poems poems) {
        List<String> metrics = List.copyOf(run.get(0).metrics().keySet());
        Table t = Table.create(title);
        t.addColumns(StringColumn.create("generation"), StringColumn.create("trained on (poems)"));
        for (String m : metrics) t.addColumns(StringColumn.create(m));
        t.addColumns(StringColumn.create("first poem it wrote"));
        if (real != null) {
            t.stringColumn(0).append("real poems");
            t.stringColumn(1).append("");
            for (int i = 0; i < metrics.size(); i++) t.stringColumn(2 + i).append(format(metrics.get(i), real.get(metrics.get(i))));
            t.stringColumn(2 + metrics.size()).append(poems.text(poems.real().get(0)));
        }
        for (Generation<int[]> g : run) {
            if (g.index() % every != 0 && g.index() != run.size() - 1) continue;
            t.stringColumn(0).append(Integer.toString(g.index()));
            t.stringColumn(1).append(Numbers.count(g.trainingSize()));
            for (int i = 0; i < metrics.size(); i++) t.stringColumn(2 + i).append(format(metrics.get(i), g.metric(metrics.get(i))));
            t.stringColumn(2 + metrics.size()).append(poems.text(g.examples().get(0)));
        }
        return t;
    }

    /** The last generation of each run side by side: one row per run. */
    public static Table lastGeneration(String title, Map<String, List<Generation<int[]>>> runs) {
        List<String> metrics = List.copyOf(runs.values().iterator().next().get(0).metrics().keySet());
        Table t = Table.create(title);
        t.addColumns(StringColumn.create("run"), StringColumn.create("generation"));
        for (String m : metrics) t.addColumns(StringColumn.create(m));
        runs.forEach((name, run) -> {
            Generation<int[]> g = run.get(run.size() - 1);
            t.stringColumn(0).append(name);
            t.stringColumn(1).append(Integer.toString(g.index()));
            for (int i = 0; i < metrics.size(); i++) t.stringColumn(2 + i).append(format(metrics.get(i), g.metric(metrics.get(i))));
        });
        return t;
    }

    private static String format(String metric, double v) {
        if (Double.isNaN(v)) return "";
        if (metric.equals(PoemModels.CHARACTERS)) return Numbers.count(Math.round(v));
        if (metric.equals(PoemModels.TAIL) || metric.equals(PoemModels.TAIL_KEPT)) return Numbers.percent(v);
        return Numbers.significant(v, 3);
    }
}
