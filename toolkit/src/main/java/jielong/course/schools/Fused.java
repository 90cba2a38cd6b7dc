package jielong.course.schools;

import java.util.Random;

import jielong.games.Expert;
import jielong.games.Player;
import jielong.games.TicTacToe;

/**
 * The schools combined, as the essay says agents are: the rules decide where they are certain
 * (win now, block now), and a learnt player (a network, a Q-table) decides everywhere else.
 */
public final class Fused implements Player {
    private final Expert rules = new Expert();
    private final Player judgement;
    private int byRules, byJudgement;

    /** Rules first, {@code judgement} for the rest. */
    public Fused(Player judgement) {
        this.judgement = judgement;
    }

    @Override
    public int move(TicTacToe position, Random rng) {
        Expert.Decision sure = rules.certain(position);
        if (sure != null) {
            byRules++;
            return sure.square();
        }
        byJudgement++;
        return judgement.move(position, rng);
    }

    /** Share of the moves so far (0 to 1) that the rules made. */
    public double ruleShare() {
        return byRules + byJudgement == 0 ? 0 : (double) byRules / (byRules + byJudgement);
    }
}
