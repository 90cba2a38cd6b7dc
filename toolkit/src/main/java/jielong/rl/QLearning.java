package jielong.rl;

import java.util.Random;

/**
 * Tabular Q-learning (Watkins 1989; Sutton and Barto 2018, section 6.5): after each step from
 * state s by action a to s' with reward r,
 * Q(s, a) ← Q(s, a) + α [r + γ max_a' Q(s', a') − Q(s, a)], the max being 0 when s' ends the
 * episode. The learner explores ε-greedily; what it learns is the greedy policy's values.
 *
 * @param alpha   learning rate α, in (0, 1]
 * @param gamma   discount γ per step, in [0, 1]
 * @param epsilon exploration ε: the chance of a uniformly random action, in [0, 1]
 */
public record QLearning(double alpha, double gamma, double epsilon) {
    public QLearning {
        if (!(alpha > 0 && alpha <= 1)) throw new IllegalArgumentException("the learning rate α must be in (0, 1], got " + alpha);
        if (!(gamma >= 0 && gamma <= 1)) throw new IllegalArgumentException("the discount γ must be in [0, 1], got " + gamma);
        if (!(epsilon >= 0 && epsilon <= 1)) throw new IllegalArgumentException("ε is a probability between 0 and 1, got " + epsilon);
    }

    /** The target r + γ max Q(s', ·), or r alone when the step ended the episode. */
    public static double target(double reward, double gamma, double nextMax, boolean done) {
        return done ? reward : reward + gamma * nextMax;
    }

    /** One update of Q(s, a) after a step; returns the new value. */
    public double update(QTable q, long state, int action, Environment.Step step, int[] nextActions) {
        double next = step.done() || nextActions.length == 0 ? 0 : q.max(step.state(), nextActions);
        double old = q.get(state, action);
        double updated = old + alpha * (target(step.reward(), gamma, next, step.done()) - old);
        q.set(state, action, updated);
        return updated;
    }

    /** Runs one episode, learning as it goes; returns the episode's total reward. */
    public double episode(Environment env, QTable q, Random rng) {
        long s = env.reset(rng);
        double total = 0;
        for (int t = 0; ; t++) {
            if (t > 1_000_000) throw new IllegalStateException("an episode ran a million steps without ending: does the environment ever set done?");
            int[] allowed = env.actions();
            int a = q.epsilonGreedy(s, allowed, epsilon, rng);
            Environment.Step step = env.step(a, rng);
            total += step.reward();
            update(q, s, a, step, step.done() ? new int[0] : env.actions());
            if (step.done()) return total;
            s = step.state();
        }
    }
}
