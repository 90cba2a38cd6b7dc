package jielong.exercises.ch07;

/** The only place where chapter 07's graded tests meet the learner's code (inputs are copied). */
final class Ch07 {
    private Ch07() {}

    static double[] exactAndTokenAccuracy(int[][] answers, int[][] truths) {
        return Emergence.exactAndTokenAccuracy(deepCopy(answers), deepCopy(truths));
    }

    static double[] exactFromTokens(double p, double exact, int length) {
        return Emergence.exactFromTokens(p, exact, length);
    }

    static int[][] grokkingSplit(int p, double fraction, long seed) {
        return Emergence.grokkingSplit(p, fraction, seed);
    }

    static int stepsToGeneralise(double[] steps, double[] accuracy, double threshold) {
        return Emergence.stepsToGeneralise(steps.clone(), accuracy.clone(), threshold);
    }

    private static int[][] deepCopy(int[][] a) {
        int[][] c = new int[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
