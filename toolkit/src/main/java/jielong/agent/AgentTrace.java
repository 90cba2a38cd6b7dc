package jielong.agent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jielong.notebook.Numbers;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Everything an agent did for one task, step by step, with its answer and its cost: model calls,
 * tool calls, tokens. {@link #table()} shows it as a table in a notebook.
 */
public final class AgentTrace {
    private final String task;
    private final List<Step> steps = new ArrayList<>();
    private String answer;

    public AgentTrace(String task) {
        this.task = task;
    }

    /** The task the agent was given. */
    public String task() {
        return task;
    }

    /** The steps so far, the final answer's included. */
    public List<Step> steps() {
        return Collections.unmodifiableList(steps);
    }

    /** The outputs of the tool and model steps so far, in order: what a policy reads to decide. */
    public List<String> results() {
        return steps.stream().filter(s -> !s.actor().equals(Step.ANSWER)).map(Step::output).toList();
    }

    /** The last step's output; an {@link IllegalStateException} before the first step. */
    public String last() {
        if (steps.isEmpty()) throw new IllegalStateException("no step has been taken yet");
        return steps.get(steps.size() - 1).output();
    }

    /** The answer, or null while the agent is still working (empty if it ran out of steps). */
    public String answer() {
        return answer;
    }

    /** Whether the agent has finished. */
    public boolean finished() {
        return answer != null;
    }

    /** Model calls made. */
    public int modelCalls() {
        return (int) steps.stream().filter(Step::isModelCall).count();
    }

    /** Tool calls made. */
    public int toolCalls() {
        return (int) steps.stream().filter(s -> !s.isModelCall() && !s.actor().equals(Step.ANSWER)).count();
    }

    /** Tokens the model read and wrote, over all its calls. */
    public int tokens() {
        return steps.stream().mapToInt(Step::tokens).sum();
    }

    void add(String why, String actor, String input, String output, boolean failed, int promptTokens, int completionTokens) {
        if (finished()) throw new IllegalStateException("the agent has already answered " + answer);
        steps.add(new Step(steps.size() + 1, why, actor, input, output, failed, promptTokens, completionTokens));
    }

    void finish(String answer, String why) {
        add(why, Step.ANSWER, "", answer, false, 0, 0);
        this.answer = answer;
    }

    /** The steps as a table: step, why, actor, input, output, tokens (newlines shown as ⏎). */
    public Table table() {
        StringColumn why = StringColumn.create("why"), actor = StringColumn.create("actor"),
                input = StringColumn.create("input"), output = StringColumn.create("output");
        IntColumn number = IntColumn.create("step"), tokens = IntColumn.create("tokens");
        for (Step s : steps) {
            number.append(s.number());
            why.append(s.why());
            actor.append(s.actor());
            input.append(oneLine(s.input()));
            output.append((s.failed() ? "✗ " : "") + oneLine(s.output()));
            tokens.append(s.tokens());
        }
        return Table.create(oneLine(task) + " (" + modelCalls() + " model calls, " + Numbers.count(tokens()) + " tokens)")
                .addColumns(number, why, actor, input, output, tokens);
    }

    private static String oneLine(String s) {
        return s.replace("\n", " ⏎ ");
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(task).append('\n');
        for (Step s : steps) b.append(String.format("  %d. %-10s %s -> %s%n", s.number(), s.actor(), oneLine(s.input()), oneLine(s.output())));
        return b.toString();
    }
}
