package jielong.course.schools;

import jielong.games.Minimax;
import jielong.games.Player;

/** Opponents to learn against. */
public final class Opponents {
    private Opponents() {}

    /** Plays a perfect move with probability {@code skill} (0 to 1), otherwise a random one: a sparring partner. */
    public static Player sparring(double skill) {
        if (!(skill >= 0 && skill <= 1)) throw new IllegalArgumentException("skill is a probability between 0 and 1, got " + skill);
        Player perfect = new Minimax(), random = Player.random();
        return (p, rng) -> rng.nextDouble() < skill ? perfect.move(p, rng) : random.move(p, rng);
    }
}
