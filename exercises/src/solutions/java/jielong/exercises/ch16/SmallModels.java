package jielong.exercises.ch16;

/** Reference solutions of notebook 16's exercises. */
public final class SmallModels {
    private SmallModels() {}

    public static float[] int8RoundTrip(float[] w) {
        float max = 0;
        for (float v : w) max = Math.max(max, Math.abs(v));
        float s = max > 0 ? max / 127 : 1f;
        float[] out = new float[w.length];
        for (int i = 0; i < w.length; i++) out[i] = s * Math.round(w[i] / s);
        return out;
    }

    public static float[] perChannelRoundTrip(float[] w, int rows, int cols, int bits) {
        int qmax = (1 << (bits - 1)) - 1;
        float[] out = new float[w.length];
        for (int c = 0; c < cols; c++) {
            float max = 0;
            for (int r = 0; r < rows; r++) max = Math.max(max, Math.abs(w[r * cols + c]));
            float s = max > 0 ? max / qmax : 1f;
            for (int r = 0; r < rows; r++) out[r * cols + c] = s * Math.round(w[r * cols + c] / s);
        }
        return out;
    }

    public static float[] int8MatVec(float[] x, byte[] codes, float[] scale, int rows, int cols) {
        float[] y = new float[cols];
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) y[c] += x[r] * codes[r * cols + c];
        for (int c = 0; c < cols; c++) y[c] *= scale[c];
        return y;
    }

    public static double distillationLoss(float[][] student, float[][] teacher, double temperature) {
        double total = 0;
        for (int m = 0; m < student.length; m++) {
            double[] logP = logSoftmax(teacher[m], temperature), logQ = logSoftmax(student[m], temperature);
            for (int v = 0; v < logP.length; v++) total += Math.exp(logP[v]) * (logP[v] - logQ[v]);
        }
        return temperature * temperature * total / student.length;
    }

    private static double[] logSoftmax(float[] z, double t) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (float v : z) max = Math.max(max, v / t);
        for (float v : z) sum += Math.exp(v / t - max);
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) out[i] = z[i] / t - max - Math.log(sum);
        return out;
    }
}
