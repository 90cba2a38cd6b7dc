package jielong.agent;

import java.util.Set;

/**
 * Decides an agent's next action from the task and what its steps have returned so far. A policy
 * of rules, as in this course's lesson 13, or one that asks a model to choose (ReAct).
 */
@FunctionalInterface
public interface Policy {
    /**
     * The next action.
     *
     * @param task  the task as the agent was given it
     * @param trace the steps taken so far, each with its result
     * @param tools the names of the tools this agent has
     */
    Action next(String task, AgentTrace trace, Set<String> tools);
}
