/**
 * Lesson 14 (notebook {@code 14-three-schools}): the three schools of AI on one game. {@link
 * jielong.course.schools.MoveData} labels every tic-tac-toe position with minimax's perfect moves for
 * {@link jielong.course.schools.MoveNet}, a network trained on them ({@link
 * jielong.course.schools.NetRun}); {@link jielong.course.schools.QRun} learns a Q-table from reward
 * against an opponent from {@link jielong.course.schools.Opponents}; {@link
 * jielong.course.schools.Fused} lets rules decide where they are certain. {@link
 * jielong.course.schools.SchoolsLesson} holds the sizes and runs ({@code runs/14-three-schools/<fast|full>/}).
 * The game, minimax and the expert system are general ({@link jielong.games}), as are the rule engine
 * ({@link jielong.rules}) and Q-learning ({@link jielong.rl}).
 */
package jielong.course.schools;
