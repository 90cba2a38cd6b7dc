/**
 * Learning from reward, the behaviourist school's tool: an episodic {@link jielong.rl.Environment},
 * a {@link jielong.rl.QTable} of action values with greedy and ε-greedy choices, and tabular
 * {@link jielong.rl.QLearning}.
 *
 * <p>Reference: Sutton and Barto 2018, "Reinforcement Learning: An Introduction", chapters 1 and 6.
 */
package jielong.rl;
