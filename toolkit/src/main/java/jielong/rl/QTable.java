package jielong.rl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Action values Q(s, a) for a finite set of actions, one row per state met; a state never seen
 * has every value at the initial one. The greedy action is the allowed action of the largest
 * value, the lowest-numbered among equals.
 */
public final class QTable {
    private final int actions;
    private final double initial;
    private final Map<Long, double[]> rows = new HashMap<>();

    /** A table for actions 0 to {@code actions − 1}, every value starting at {@code initial}. */
    public QTable(int actions, double initial) {
        if (actions < 1) throw new IllegalArgumentException("a Q-table needs at least one action, got " + actions);
        if (!Double.isFinite(initial)) throw new IllegalArgumentException("the initial value must be a finite number, got " + initial);
        this.actions = actions;
        this.initial = initial;
    }

    /** Number of actions. */
    public int actions() {
        return actions;
    }

    /** Q(s, a). */
    public double get(long state, int action) {
        check(action);
        double[] r = rows.get(state);
        return r == null ? initial : r[action];
    }

    /** Sets Q(s, a). */
    public void set(long state, int action, double value) {
        check(action);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Q(" + state + ", " + action + ") = " + value + ": the learning has diverged; lower the learning rate or the discount");
        }
        rows.computeIfAbsent(state, s -> {
            double[] r = new double[actions];
            Arrays.fill(r, initial);
            return r;
        })[action] = value;
    }

    /** The largest Q(s, a) over the allowed actions. */
    public double max(long state, int[] allowed) {
        return get(state, greedy(state, allowed));
    }

    /** The allowed action with the largest value (the lowest-numbered among equals). */
    public int greedy(long state, int[] allowed) {
        if (allowed.length == 0) throw new IllegalArgumentException("state " + state + " allows no action: the episode is over");
        int best = allowed[0];
        for (int a : allowed) if (get(state, a) > get(state, best) || (get(state, a) == get(state, best) && a < best)) best = a;
        return best;
    }

    /**
     * ε-greedy: with probability ε an allowed action drawn uniformly, otherwise the greedy one.
     * Draws {@code rng.nextDouble()} first, then {@code rng.nextInt(allowed.length)} only when exploring.
     */
    public int epsilonGreedy(long state, int[] allowed, double epsilon, Random rng) {
        if (!(epsilon >= 0 && epsilon <= 1)) throw new IllegalArgumentException("ε is a probability between 0 and 1, got " + epsilon);
        if (allowed.length == 0) throw new IllegalArgumentException("state " + state + " allows no action: the episode is over");
        if (rng.nextDouble() < epsilon) return allowed[rng.nextInt(allowed.length)];
        return greedy(state, allowed);
    }

    /** States with a row (met at least once). */
    public int states() {
        return rows.size();
    }

    /** Writes the table as text, one line per state: the state, then its values. */
    public void save(Path file) throws IOException {
        StringBuilder sb = new StringBuilder("qtable " + actions + " " + initial + "\n");
        rows.keySet().stream().sorted().forEach(s -> {
            sb.append(s);
            for (double v : rows.get(s)) sb.append(' ').append(String.format(Locale.ROOT, "%.17g", v));
            sb.append('\n');
        });
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads a table {@link #save} wrote. */
    public static QTable load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("qtable ")) {
            throw new IOException(file + " is not a Q-table (its first line should start with 'qtable'); delete it to train again");
        }
        String[] head = lines.get(0).split(" ");
        QTable q = new QTable(Integer.parseInt(head[1]), Double.parseDouble(head[2]));
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] f = line.split(" ");
            if (f.length != q.actions + 1) {
                throw new IOException(file + " is truncated or damaged (a row has " + (f.length - 1) + " values, not " + q.actions + "); delete it to train again");
            }
            long s = Long.parseLong(f[0]);
            for (int a = 0; a < q.actions; a++) q.set(s, a, Double.parseDouble(f[a + 1]));
        }
        return q;
    }

    private void check(int action) {
        if (action < 0 || action >= actions) throw new IllegalArgumentException("actions are 0 to " + (actions - 1) + ", got " + action);
    }

    /** All states with a row, sorted. */
    public List<Long> stateList() {
        List<Long> s = new ArrayList<>(rows.keySet());
        s.sort(null);
        return s;
    }
}
