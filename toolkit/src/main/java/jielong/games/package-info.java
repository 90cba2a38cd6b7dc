/**
 * Tic-tac-toe, small enough to solve exactly (5,478 reachable positions), as the one task on which
 * rules, networks and reward learning are compared: {@link jielong.games.TicTacToe} positions,
 * {@link jielong.games.Player}s, {@link jielong.games.Match}es, the perfect {@link
 * jielong.games.Minimax} player, the rule-based {@link jielong.games.Expert}, the game as an
 * {@link jielong.rl.Environment} for Q-learning ({@link jielong.games.TicTacToeEnv}, {@link
 * jielong.games.QPlayer}), and {@link jielong.games.Exhaustive} play against every opponent line.
 *
 * <p>References: Newell and Simon 1972, "Human Problem Solving" (the rule strategy); Sutton and
 * Barto 2018, chapter 1 (tic-tac-toe learnt from reward).
 */
package jielong.games;
