package jielong.exercises.ch07;

import java.util.List;

import jielong.data.ModularArithmetic;
import jielong.data.ModularFact;

/**
 * Reference solutions of notebook 07's exercises.
 */
public final class Emergence {
    private Emergence() {}

    /** Count whole answers equal, and matching positions of the right answers. */
    public static double[] exactAndTokenAccuracy(int[][] answers, int[][] truths) {
        int exact = 0;
        long right = 0, tokens = 0;
        for (int i = 0; i < truths.length; i++) {
            if (java.util.Arrays.equals(answers[i], truths[i])) exact++;
            for (int j = 0; j < truths[i].length; j++) if (j < answers[i].length && answers[i][j] == truths[i][j]) right++;
            tokens += truths[i].length;
        }
        return new double[] {(double) exact / truths.length, (double) right / tokens};
    }

    /** p^L, and its inverse exact^(1/L). */
    public static double[] exactFromTokens(double p, double exact, int length) {
        return new double[] {Math.pow(p, length), Math.pow(exact, 1.0 / length)};
    }

    /** The '+' facts in the table's order, cut at round(fraction · p²). */
    public static int[][] grokkingSplit(int p, double fraction, long seed) {
        List<ModularFact> facts = ModularArithmetic.only(ModularArithmetic.table(p, seed), '+');
        int n = (int) Math.round(fraction * facts.size());
        int[] tx = new int[2 * n], ty = new int[n], vx = new int[2 * (facts.size() - n)], vy = new int[facts.size() - n];
        for (int i = 0; i < facts.size(); i++) {
            ModularFact f = facts.get(i);
            if (i < n) {
                tx[2 * i] = f.a();
                tx[2 * i + 1] = f.b();
                ty[i] = f.result();
            } else {
                vx[2 * (i - n)] = f.a();
                vx[2 * (i - n) + 1] = f.b();
                vy[i - n] = f.result();
            }
        }
        return new int[][] {tx, ty, vx, vy};
    }

    /** The first step at or above the threshold. */
    public static int stepsToGeneralise(double[] steps, double[] accuracy, double threshold) {
        for (int i = 0; i < steps.length; i++) if (accuracy[i] >= threshold) return (int) steps[i];
        return -1;
    }
}
