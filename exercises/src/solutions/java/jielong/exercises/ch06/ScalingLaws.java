package jielong.exercises.ch06;

/**
 * Reference solutions of notebook 06's exercises.
 */
public final class ScalingLaws {
    private ScalingLaws() {}

    /** (6·N + 6·layers·context·width) FLOPs per token, times the tokens. */
    public static double trainingFlops(long nonEmbeddingParams, long tokens, int layers, int context, int width) {
        double forwardPerToken = 2.0 * nonEmbeddingParams + 2.0 * layers * context * width;
        return 3 * forwardPerToken * tokens;
    }

    /** Ordinary least squares of log L on log x; alpha is minus the slope. */
    public static double powerLawExponent(double[] x, double[] loss) {
        int n = x.length;
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(x[i]) / n;
            my += Math.log(loss[i]) / n;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(x[i]) - mx;
            sxy += dx * (Math.log(loss[i]) - my);
            sxx += dx * dx;
        }
        return -sxy / sxx;
    }

    /**
     * dL/dN = 0 along D = C/(6N) gives alpha·a/N^alpha = beta·b/D^beta, whose solution is
     * N = G·(C/6)^(beta/(alpha+beta)) with G = (alpha·a/(beta·b))^(1/(alpha+beta)).
     */
    public static double[] spendBudget(double flops, double e, double a, double b, double alpha, double beta) {
        double g = Math.pow(alpha * a / (beta * b), 1 / (alpha + beta));
        double n = g * Math.pow(flops / 6, beta / (alpha + beta));
        return new double[] {n, flops / (6 * n)};
    }

    /** Least squares for loss ≈ c0 + c1·x + c2·x², x = ln N, by Cramer's rule on the 3×3 normal equations. */
    public static double isoFlopMinimum(double[] parameters, double[] loss) {
        int n = parameters.length;
        if (n < 3) return Double.NaN;
        double[] s = new double[5]; // Σ x^k, k = 0..4
        double[] t = new double[3]; // Σ x^k·y, k = 0..2
        double smallest = Double.POSITIVE_INFINITY, largest = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.log(parameters[i]), p = 1;
            for (int k = 0; k < 5; k++, p *= x) {
                s[k] += p;
                if (k < 3) t[k] += p * loss[i];
            }
            smallest = Math.min(smallest, parameters[i]);
            largest = Math.max(largest, parameters[i]);
        }
        double[][] m = {{s[0], s[1], s[2]}, {s[1], s[2], s[3]}, {s[2], s[3], s[4]}};
        double det = det(m);
        double[] c = new double[3];
        for (int j = 0; j < 3; j++) {
            double[][] mj = {m[0].clone(), m[1].clone(), m[2].clone()};
            for (int i = 0; i < 3; i++) mj[i][j] = t[i];
            c[j] = det(mj) / det;
        }
        if (!(c[2] > 0)) return Double.NaN; // opens downwards: a top, not a bottom
        double bottom = Math.exp(-c[1] / (2 * c[2]));
        return bottom >= smallest && bottom <= largest ? bottom : Double.NaN;
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
