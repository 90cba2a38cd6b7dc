package jielong.games;

import static jielong.rules.Rule.conclude;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import jielong.rules.Fact;
import jielong.rules.ForwardChainer;
import jielong.rules.Rule;
import jielong.rules.WorkingMemory;

/**
 * A tic-tac-toe expert system: named rules, forward-chained over facts about the board, in the
 * order of Newell and Simon's strategy (1972): win, block, fork, stop a fork, centre, opposite
 * corner, corner, side. Analysis rules find lines, threats and forks; move rules propose
 * {@code candidate(rank, square)}; the player takes the candidate of the lowest rank (on a tie the
 * lowest square) and can say which rule proposed it and why.
 */
public final class Expert implements Player {
    private static final int[] CORNERS = {0, 2, 6, 8}, SIDES = {1, 3, 5, 7};

    private final ForwardChainer chainer = new ForwardChainer(rules());
    // the rules' conclusions depend only on the position: each position is reasoned about once
    private final Map<Integer, Decision> decided = new ConcurrentHashMap<>();
    private final Map<Integer, Optional<Decision>> certainties = new ConcurrentHashMap<>();
    private final ForwardChainer certainOnly = new ForwardChainer(List.of(rules().get(0), rules().get(2), rules().get(3))); // two in a line, win, block

    /** A move with the reasoning behind it. */
    public record Decision(int square, int rank, String rule, String explanation) {}

    @Override
    public int move(TicTacToe position, Random rng) {
        return decide(position).square();
    }

    /** The move and the chain of rules and facts that chose it. */
    public Decision decide(TicTacToe position) {
        if (position.isOver()) throw new IllegalArgumentException("the game is over, there is no move to choose:\n" + position);
        return decided.computeIfAbsent(position.code(), c -> reason(position));
    }

    private Decision reason(TicTacToe position) {
        ForwardChainer.Inference inference = chainer.run(facts(position));
        Fact best = inference.memory().with("candidate").stream()
                .min(Comparator.<Fact>comparingInt(f -> f.intArg(0)).thenComparingInt(f -> f.intArg(1))).orElseThrow();
        return new Decision(best.intArg(1), best.intArg(0), inference.origin(best).rule(), inference.explain(best));
    }

    /**
     * Only what the rules are certain of: the move of rule "win" or "block" (ranks 1 and 2), or null
     * when neither fires and the rest is a matter of judgement.
     */
    public Decision certain(TicTacToe position) {
        if (position.isOver()) throw new IllegalArgumentException("the game is over, there is no move to choose:\n" + position);
        return certainties.computeIfAbsent(position.code(), c -> {
            ForwardChainer.Inference inference = certainOnly.run(facts(position));
            return inference.memory().with("candidate").stream()
                    .min(Comparator.<Fact>comparingInt(f -> f.intArg(0)).thenComparingInt(f -> f.intArg(1)))
                    .map(best -> new Decision(best.intArg(1), best.intArg(0), inference.origin(best).rule(), inference.explain(best)));
        }).orElse(null);
    }

    /** The facts a position gives: me(side), opponent(side), mark(square, side) and empty(square). */
    public static List<Fact> facts(TicTacToe p) {
        List<Fact> f = new ArrayList<>();
        f.add(Fact.of("me", TicTacToe.name(p.toMove())));
        f.add(Fact.of("opponent", TicTacToe.name(TicTacToe.other(p.toMove()))));
        for (int s = 0; s < 9; s++) f.add(p.at(s) == TicTacToe.EMPTY ? Fact.of("empty", s) : Fact.of("mark", s, TicTacToe.name(p.at(s))));
        return f;
    }

    /** The rules, analysis first, then the move rules by rank. */
    public static List<Rule> rules() {
        return List.of(
                new Rule("two in a line", "if a side has two marks in a line whose third square is empty, that side can win there",
                        m -> twoInALine(m)),
                new Rule("fork square", "if marking an empty square would give a side two lines with two marks and an empty third, it is that side's fork square",
                        m -> forkSquares(m)),
                moveRule(1, "win", "if I can win at a square, take it", m -> m.with("canWin").stream()
                        .filter(f -> f.args().get(0).equals(side(m, "me"))).map(f -> conclude(Fact.of("candidate", 1, f.intArg(1)), f)).toList()),
                moveRule(2, "block", "if the opponent can win at a square, take it", m -> m.with("canWin").stream()
                        .filter(f -> f.args().get(0).equals(side(m, "opponent"))).map(f -> conclude(Fact.of("candidate", 2, f.intArg(1)), f)).toList()),
                moveRule(3, "fork", "if a square gives me two ways to win, take it", m -> m.with("forkAt").stream()
                        .filter(f -> f.args().get(0).equals(side(m, "me"))).map(f -> conclude(Fact.of("candidate", 3, f.intArg(1)), f)).toList()),
                moveRule(4, "stop a fork", "if the opponent has one fork square, take it; if they have several, make two in a line so that the square they must block is not one of them (with no such move, take one)",
                        Expert::stopFork),
                moveRule(5, "centre", "if the centre is empty, take it", m -> m.has(Fact.of("empty", 4))
                        ? List.of(conclude(Fact.of("candidate", 5, 4), Fact.of("empty", 4))) : List.of()),
                moveRule(6, "opposite corner", "if the opponent holds a corner and the opposite corner is empty, take it", m -> {
                    List<Rule.Conclusion> out = new ArrayList<>();
                    for (int c : CORNERS) {
                        Fact theirs = Fact.of("mark", c, side(m, "opponent")), free = Fact.of("empty", 8 - c);
                        if (m.has(theirs) && m.has(free)) out.add(conclude(Fact.of("candidate", 6, 8 - c), theirs, free));
                    }
                    return out;
                }),
                moveRule(7, "corner", "take an empty corner", m -> emptyOf(m, CORNERS, 7)),
                moveRule(8, "side", "take an empty side square", m -> emptyOf(m, SIDES, 8)));
    }

    private static Rule moveRule(int rank, String name, String description, java.util.function.Function<WorkingMemory, List<Rule.Conclusion>> body) {
        return new Rule(name, rank + ". " + description, body);
    }

    private static Object side(WorkingMemory m, String who) {
        return m.with(who).get(0).args().get(0);
    }

    /** canWin(side, square) for each line holding two marks of one side and an empty third. */
    private static List<Rule.Conclusion> twoInALine(WorkingMemory m) {
        List<Rule.Conclusion> out = new ArrayList<>();
        for (int[] line : TicTacToe.LINES) {
            for (Object side : List.of("X", "O")) {
                List<Fact> marks = new ArrayList<>();
                Fact free = null;
                for (int s : line) {
                    if (m.has(Fact.of("mark", s, side))) marks.add(Fact.of("mark", s, side));
                    else if (m.has(Fact.of("empty", s))) free = Fact.of("empty", s);
                }
                if (marks.size() == 2 && free != null) {
                    out.add(conclude(Fact.of("canWin", side, free.intArg(0)), marks.get(0), marks.get(1), free));
                }
            }
        }
        return out;
    }

    /** forkAt(side, square): an empty square on two lines that each hold one mark of the side and no other mark. */
    private static List<Rule.Conclusion> forkSquares(WorkingMemory m) {
        List<Rule.Conclusion> out = new ArrayList<>();
        for (Object side : List.of("X", "O")) {
            for (int sq = 0; sq < 9; sq++) {
                Fact free = Fact.of("empty", sq);
                if (!m.has(free)) continue;
                List<Fact> premises = new ArrayList<>(List.of(free));
                int lines = 0;
                for (int[] line : TicTacToe.LINES) {
                    if (line[0] != sq && line[1] != sq && line[2] != sq) continue;
                    Fact mine = null;
                    int empties = 0;
                    for (int s : line) {
                        if (m.has(Fact.of("mark", s, side))) mine = Fact.of("mark", s, side);
                        else if (m.has(Fact.of("empty", s))) empties++;
                    }
                    if (mine != null && empties == 2) {
                        lines++;
                        premises.add(mine);
                    }
                }
                if (lines >= 2) out.add(new Rule.Conclusion(Fact.of("forkAt", side, sq), premises));
            }
        }
        return out;
    }

    /**
     * Rank 4: occupy the opponent's only fork square; against several, make two in a line so that
     * their forced block is not a fork square and gives them no line of two (else one that is not a
     * fork square; else take a fork square).
     */
    private static List<Rule.Conclusion> stopFork(WorkingMemory m) {
        Object me = side(m, "me"), them = side(m, "opponent");
        List<Fact> theirForks = m.with("forkAt").stream().filter(f -> f.args().get(0).equals(them)).toList();
        if (theirForks.isEmpty()) return List.of();
        if (theirForks.size() == 1) return List.of(conclude(Fact.of("candidate", 4, theirForks.get(0).intArg(1)), theirForks.get(0)));
        List<Rule.Conclusion> quiet = new ArrayList<>(), safe = new ArrayList<>();
        for (int[] line : TicTacToe.LINES) {
            // a line with one of my marks and two empty squares: marking one forces the opponent to block the other
            Fact mine = null;
            List<Integer> empties = new ArrayList<>();
            for (int s : line) {
                if (m.has(Fact.of("mark", s, me))) mine = Fact.of("mark", s, me);
                else if (m.has(Fact.of("empty", s))) empties.add(s);
            }
            if (mine == null || empties.size() != 2) continue;
            for (int k = 0; k < 2; k++) {
                int play = empties.get(k), forced = empties.get(1 - k);
                if (theirForks.stream().anyMatch(f -> f.intArg(1) == forced)) continue;
                List<Fact> because = new ArrayList<>(theirForks);
                because.add(mine);
                because.add(Fact.of("empty", play));
                because.add(Fact.of("empty", forced));
                Rule.Conclusion c = new Rule.Conclusion(Fact.of("candidate", 4, play), because);
                (givesThemTwo(m, them, forced, play) ? safe : quiet).add(c);
            }
        }
        if (!quiet.isEmpty()) return quiet;
        if (!safe.isEmpty()) return safe;
        List<Rule.Conclusion> out = new ArrayList<>();
        for (Fact f : theirForks) out.add(conclude(Fact.of("candidate", 4, f.intArg(1)), f));
        return out;
    }

    /** Would the opponent, marking {@code square} (after my mark on {@code mine}), have two in a line with the third empty? */
    private static boolean givesThemTwo(WorkingMemory m, Object them, int square, int mine) {
        for (int[] line : TicTacToe.LINES) {
            if (line[0] != square && line[1] != square && line[2] != square) continue;
            int theirs = 0, empty = 0;
            for (int s : line) {
                if (s == square) continue;
                if (m.has(Fact.of("mark", s, them))) theirs++;
                else if (s != mine && m.has(Fact.of("empty", s))) empty++;
            }
            if (theirs == 1 && empty == 1) return true;
        }
        return false;
    }

    private static List<Rule.Conclusion> emptyOf(WorkingMemory m, int[] squares, int rank) {
        List<Rule.Conclusion> out = new ArrayList<>();
        for (int s : squares) if (m.has(Fact.of("empty", s))) out.add(conclude(Fact.of("candidate", rank, s), Fact.of("empty", s)));
        return out;
    }
}
