package jielong.course.schools;

import java.util.List;
import java.util.Random;

import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.games.Player;
import jielong.games.TicTacToe;
import jielong.model.MlpNet;
import jielong.train.BatchSource;
import jielong.train.Objective;

/**
 * A network that plays: an MLP reads the board from the mover's side (9 inputs for its own marks,
 * 9 for the opponent's) and gives 9 logits, one per square. It plays the legal square of the
 * largest logit; nothing tells it which squares are legal but its training data.
 */
public final class MoveNet implements Player {
    /** The network: 18 inputs, 9 outputs. */
    public final MlpNet net;

    /** A fresh network with these hidden widths. */
    public MoveNet(int[] hidden, long seed) {
        this.net = new MlpNet(18, hidden, 9, seed);
    }

    /** The mover's marks, then the opponent's, as 0/1 features. */
    public static float[] encode(TicTacToe p) {
        float[] x = new float[18];
        int me = p.toMove();
        for (int s = 0; s < 9; s++) {
            if (p.at(s) == me) x[s] = 1;
            else if (p.at(s) != TicTacToe.EMPTY) x[9 + s] = 1;
        }
        return x;
    }

    /** The nine logits for a position. */
    public float[] logits(TicTacToe p) {
        try (Tensor.NoGrad ignored = Tensor.noGrad()) {
            return net.forward(Tensor.of(encode(p), 1, 18)).host().data.clone();
        }
    }

    /** The square of the largest logit, legal or not (what the network would say unguided). */
    public int rawChoice(TicTacToe p) {
        float[] z = logits(p);
        int best = 0;
        for (int s = 1; s < 9; s++) if (z[s] > z[best]) best = s;
        return best;
    }

    @Override
    public int move(TicTacToe p, Random rng) {
        float[] z = logits(p);
        int best = -1;
        for (int s : p.legalMoves()) if (best < 0 || z[s] > z[best]) best = s;
        return best;
    }

    /** A batch: encoded positions [B, 18] and one perfect move for each. */
    public record Batch(float[] x, int[] targets) {}

    /** Batches from these examples: positions drawn uniformly, each labelled with one of its perfect moves drawn uniformly. */
    public static BatchSource<Batch> batches(List<MoveData.Example> examples) {
        return (rng, size) -> {
            float[] x = new float[size * 18];
            int[] y = new int[size];
            for (int i = 0; i < size; i++) {
                MoveData.Example e = examples.get(rng.nextInt(examples.size()));
                System.arraycopy(encode(e.position()), 0, x, i * 18, 18);
                y[i] = e.perfect()[rng.nextInt(e.perfect().length)];
            }
            return new Batch(x, y);
        };
    }

    /** Cross-entropy of the logits against the batch's moves: in expectation, against all perfect moves equally. */
    public Objective<Batch> loss() {
        return (b, dropout) -> Ops.crossEntropy(net.forward(Tensor.of(b.x(), b.targets().length, 18)), b.targets());
    }

    /** Share of the examples (0 to 1) where the network's move is perfect. */
    public double accuracy(List<MoveData.Example> examples) {
        int ok = 0;
        for (MoveData.Example e : examples) if (e.isPerfect(move(e.position(), new java.util.Random(0)))) ok++;
        return (double) ok / examples.size();
    }

    /** Share of the examples (0 to 1) where the unguided choice is an occupied square. */
    public double illegalRate(List<MoveData.Example> examples) {
        int bad = 0;
        for (MoveData.Example e : examples) if (e.position().at(rawChoice(e.position())) != TicTacToe.EMPTY) bad++;
        return (double) bad / examples.size();
    }
}
