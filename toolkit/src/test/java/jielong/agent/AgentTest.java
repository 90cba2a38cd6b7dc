package jielong.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jielong.api.Completion;
import jielong.api.CompletionModel;
import jielong.api.CompletionOptions;
import org.junit.jupiter.api.Test;

/** The loop with a scripted model: steps in order, results fed back, costs counted, failures recorded. */
class AgentTest {
    /** Answers "yes" to every prompt; one token per character; remembers the prompts. */
    static final class Scripted implements CompletionModel {
        final List<String> prompts = new ArrayList<>();

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public int contextLength() {
            return 1000;
        }

        @Override
        public Completion complete(String prompt, CompletionOptions options) {
            prompts.add(prompt);
            return new Completion("yes", Completion.STOP, prompt.length(), 4);
        }
    }

    @Test
    void toolThenModelThenAnswer() {
        Scripted model = new Scripted();
        Agent agent = new Agent(model, List.of(new Calculator()), 10);
        Policy policy = (task, trace, tools) -> switch (trace.results().size()) {
            case 0 -> Action.tool("calculator", "34+58", "a sum");
            case 1 -> Action.ask("is " + trace.last() + " right?", CompletionOptions.answer(), "check in words");
            default -> Action.finish(trace.results().get(0), "the calculator's result");
        };
        AgentTrace t = agent.run(policy, "34+58=?");
        assertEquals("92", t.answer());
        assertEquals(List.of("is 92 right?"), model.prompts, "the model sees the tool's result");
        assertEquals(3, t.steps().size());
        assertEquals(List.of("calculator", "scripted", Step.ANSWER), t.steps().stream().map(Step::actor).toList());
        assertEquals(1, t.modelCalls());
        assertEquals(1, t.toolCalls());
        assertEquals("is 92 right?".length() + 4, t.tokens());
        assertEquals(3, t.table().rowCount());
        assertEquals("a sum", t.table().stringColumn("why").get(0));
    }

    @Test
    void aMissingToolAndARefusedInputAreStepsThePolicySees() {
        Agent agent = new Agent(new Scripted(), List.of(new Calculator()), 10);
        Policy policy = (task, trace, tools) -> switch (trace.results().size()) {
            case 0 -> Action.tool("search", task, "look it up");
            case 1 -> Action.tool("calculator", "3 apples", "a sum");
            default -> Action.finish(trace.steps().stream().allMatch(s -> s.failed() || s.actor().equals(Step.ANSWER)) ? "both failed" : "?", "done");
        };
        AgentTrace t = agent.run(policy, "anything");
        assertEquals("both failed", t.answer());
        assertTrue(t.steps().get(0).output().contains("no tool named \"search\""));
        assertTrue(t.steps().get(1).output().contains("cannot calculate"));
        assertEquals(0, t.modelCalls());
    }

    @Test
    void runningOutOfStepsGivesAnEmptyAnswer() {
        Agent agent = new Agent(new Scripted(), List.of(), 3);
        AgentTrace t = agent.run((task, trace, tools) -> Action.ask("again", CompletionOptions.answer(), "loop"), "forever");
        assertEquals("", t.answer());
        assertEquals(3, t.modelCalls());
        assertTrue(t.steps().get(3).why().contains("ran out of steps"));
        assertTrue(t.finished());
    }

    @Test
    void theTraceIsFreshForEachTask() {
        Agent agent = new Agent(new Scripted(), List.of(), 5);
        Policy once = (task, trace, tools) -> trace.results().isEmpty() ? Action.ask(task, CompletionOptions.answer(), "ask") : Action.finish(trace.last(), "done");
        AgentTrace a = agent.run(once, "one"), b = agent.run(once, "two");
        assertEquals(2, a.steps().size());
        assertEquals(2, b.steps().size());
        assertFalse(a.steps().get(0).input().equals(b.steps().get(0).input()));
    }

    @Test
    void badSetupsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Agent(new Scripted(), List.of(new Calculator(), new Calculator()), 5))
                .getMessage().contains("two tools are named \"calculator\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Agent(new Scripted(), List.of(), 0)).getMessage().contains("at least 1 step"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Agent(null, List.of(), 5)).getMessage().contains("needs a model"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Tool.of(" ", "", s -> s)).getMessage().contains("needs a name"));
        Agent agent = new Agent(new Scripted(), List.of(), 5);
        assertTrue(assertThrows(IllegalStateException.class, () -> agent.run((task, trace, tools) -> null, "x")).getMessage().contains("no action"));
        assertTrue(assertThrows(IllegalStateException.class, () -> new AgentTrace("x").last()).getMessage().contains("no step"));
    }
}
