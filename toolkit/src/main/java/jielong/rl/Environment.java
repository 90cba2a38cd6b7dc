package jielong.rl;

import java.util.Random;

/**
 * An episodic task for a learner: states are numbers, actions are numbers 0 to n−1, and each step
 * returns a reward. Everything random (an opponent's move, a slippery floor) comes from the
 * generator given, so a seeded run repeats.
 */
public interface Environment {
    /** Starts an episode; returns its first state. */
    long reset(Random rng);

    /** The actions allowed in the current state (none once the episode is over). */
    int[] actions();

    /** Takes an action in the current state. */
    Step step(int action, Random rng);

    /**
     * What one action led to.
     *
     * @param state  the next state
     * @param reward the reward for this step
     * @param done   true when the episode has ended (the next state has no value of its own)
     */
    record Step(long state, double reward, boolean done) {}
}
