package jielong.exercises.ch14;

import java.util.Random;

/** Reference solutions of notebook 14's exercises. */
public final class ThreeSchools {
    private ThreeSchools() {}

    private static final int[][] LINES = {
            {0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};

    private static char toMove(String board) {
        long xs = board.chars().filter(c -> c == 'X').count(), os = board.chars().filter(c -> c == 'O').count();
        return xs == os ? 'X' : 'O';
    }

    public static int blockingSquare(String board) {
        char them = toMove(board) == 'X' ? 'O' : 'X';
        int best = -1;
        for (int[] line : LINES) {
            int theirs = 0, empty = -1;
            for (int s : line) {
                if (board.charAt(s) == them) theirs++;
                else if (board.charAt(s) == '.') empty = s;
            }
            if (theirs == 2 && empty >= 0 && (best < 0 || empty < best)) best = empty;
        }
        return best;
    }

    public static double qUpdate(double q, double alpha, double reward, double gamma, double nextMax, boolean done) {
        double target = done ? reward : reward + gamma * nextMax;
        return q + alpha * (target - q);
    }

    public static int epsilonGreedy(double[] q, int[] allowed, double epsilon, Random rng) {
        if (rng.nextDouble() < epsilon) return allowed[rng.nextInt(allowed.length)];
        int best = allowed[0];
        for (int a : allowed) if (q[a] > q[best] || (q[a] == q[best] && a < best)) best = a;
        return best;
    }

    public static int minimaxValue(String board) {
        char me = toMove(board), them = me == 'X' ? 'O' : 'X';
        for (int[] line : LINES) {
            if (board.charAt(line[0]) == them && board.charAt(line[1]) == them && board.charAt(line[2]) == them) return -1;
        }
        if (board.indexOf('.') < 0) return 0;
        int best = -1;
        for (int s = 0; s < 9; s++) {
            if (board.charAt(s) != '.') continue;
            int v = -minimaxValue(board.substring(0, s) + me + board.substring(s + 1));
            if (v > best) best = v;
            if (best == 1) break;
        }
        return best;
    }
}
