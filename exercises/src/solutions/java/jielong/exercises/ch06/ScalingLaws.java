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
}
