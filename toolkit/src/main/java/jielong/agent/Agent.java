package jielong.agent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jielong.api.Completion;
import jielong.api.CompletionModel;

/**
 * The agent loop: the policy decides, a tool or the model acts, the result goes into the trace, and
 * the policy decides again, until it answers or {@code maxSteps} steps have been taken (then the
 * answer is empty). The model is one more function the loop calls; what it costs is counted per step.
 */
public final class Agent {
    private final CompletionModel model;
    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private final int maxSteps;

    /** An agent with a model, its tools (names must differ), and a cap on the steps of one task. */
    public Agent(CompletionModel model, List<Tool> tools, int maxSteps) {
        if (model == null) throw new IllegalArgumentException("an agent needs a model to ask when language is needed");
        if (maxSteps < 1) throw new IllegalArgumentException("an agent needs at least 1 step, got " + maxSteps);
        for (Tool t : tools) {
            if (this.tools.put(t.name(), t) != null) throw new IllegalArgumentException("two tools are named \"" + t.name() + "\": give each its own name");
        }
        this.model = model;
        this.maxSteps = maxSteps;
    }

    /** The names of the agent's tools. */
    public Set<String> tools() {
        return tools.keySet();
    }

    /** Runs the policy on one task; the trace holds every step and the answer. */
    public AgentTrace run(Policy policy, String task) {
        AgentTrace trace = new AgentTrace(task);
        Set<String> names = Set.copyOf(tools.keySet());
        for (int step = 0; step < maxSteps; step++) {
            Action action = policy.next(task, trace, names);
            if (action instanceof Action.Finish f) {
                trace.finish(f.answer(), f.why());
                return trace;
            } else if (action instanceof Action.UseTool u) {
                Tool tool = tools.get(u.tool());
                if (tool == null) {
                    trace.add(u.why(), u.tool(), u.input(), "no tool named \"" + u.tool() + "\"; this agent has " + tools.keySet(), true, 0, 0);
                    continue;
                }
                try {
                    trace.add(u.why(), tool.name(), u.input(), tool.call(u.input()), false, 0, 0);
                } catch (IllegalArgumentException e) { // the tool could not read its input: the policy sees why
                    trace.add(u.why(), tool.name(), u.input(), e.getMessage(), true, 0, 0);
                }
            } else if (action instanceof Action.AskModel a) {
                Completion c = model.complete(a.prompt(), a.options());
                trace.add(a.why(), model.name(), a.prompt(), c.text(), false, c.promptTokens(), c.completionTokens());
            } else {
                throw new IllegalStateException("the policy returned no action for step " + (step + 1) + " of " + task);
            }
        }
        trace.finish("", "ran out of steps (" + maxSteps + ")");
        return trace;
    }
}
