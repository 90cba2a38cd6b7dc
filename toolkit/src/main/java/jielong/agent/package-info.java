/**
 * Agents: programs that call a language model like a function. An {@link jielong.agent.Agent} runs
 * a loop: its {@link jielong.agent.Policy} (rules, here) decides the next {@link jielong.agent.Action},
 * a {@link jielong.agent.Tool} acts ({@link jielong.agent.Calculator}, {@link jielong.agent.UnitConverter},
 * {@link jielong.agent.RetrievalTool}) or the model writes, and every step goes into an
 * {@link jielong.agent.AgentTrace} with its cost in model calls and tokens. {@link jielong.agent.MajorityVote}
 * cross-checks several answers (self-consistency).
 */
package jielong.agent;
