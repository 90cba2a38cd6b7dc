package jielong.exercises.ch20;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Reference solutions of notebook 20's exercises. */
public final class ComputeCurves {
    private ComputeCurves() {}

    public static double trainingFlops(long nonEmbeddingParameters, int layers, int context, int width, long tokens) {
        return (6.0 * nonEmbeddingParameters + 6.0 * layers * context * width) * tokens;
    }

    public static double[][] computeCurve(List<String> csvLines, String stage, String metric) {
        if (csvLines.isEmpty() || !csvLines.get(0).equals("stage,flops,metric,value")) {
            throw new IllegalArgumentException("expected the header stage,flops,metric,value, got "
                    + (csvLines.isEmpty() ? "no lines" : "'" + csvLines.get(0) + "'"));
        }
        List<double[]> rows = new ArrayList<>();
        for (String line : csvLines.subList(1, csvLines.size())) {
            if (line.isBlank()) continue;
            String[] f = line.split(",");
            if (f[0].equals(stage) && f[2].equals(metric)) rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[3])});
        }
        rows.sort(Comparator.comparingDouble(r -> r[0])); // a stable sort: equal FLOPs keep the file's order
        return new double[][] {rows.stream().mapToDouble(r -> r[0]).toArray(), rows.stream().mapToDouble(r -> r[1]).toArray()};
    }

    public static int[] frontier(double[] flops, double[] loss) {
        Integer[] order = IntStream.range(0, flops.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> flops[i]).thenComparingInt(i -> i));
        List<Integer> kept = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (int i : order) {
            if (loss[i] < best) {
                best = loss[i];
                kept.add(i);
            }
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    public static double powerLawExponent(double[] flops, double[] loss) {
        int n = flops.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(flops[i]) / n;
            my += Math.log(loss[i]) / n;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(flops[i]) - mx;
            sxy += dx * (Math.log(loss[i]) - my);
            sxx += dx * dx;
        }
        return -sxy / sxx;
    }
}
