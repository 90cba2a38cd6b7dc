package jielong.course.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jielong.agent.AgentTrace;
import jielong.agent.Step;
import jielong.agent.Tool;
import jielong.api.Completion;
import jielong.api.CompletionModel;
import jielong.api.CompletionOptions;
import jielong.data.MotionProblem;
import jielong.data.MotionProblems;
import jielong.data.QaMixture;
import jielong.retrieval.Bm25;
import org.junit.jupiter.api.Test;

/** The lesson's rules with a scripted model: travel problems solved by the tools alone, facts checked against the passage, votes. */
class RulesTest {
    static final Bm25 KB = new Bm25()
            .add("V20", "In 1969, Sado Mirenko founded the Nisvin Museum in Vinoford.")
            .add("B1", "Kavo Renmi was born in Lumerewick in 1954 and works as a violin maker.");
    static final List<Tool> TOOLS = AgentStudy.tools(KB);
    static final Set<String> ALL = Set.of("calculator", "units", "retrieval");

    /** A model whose answer is a function of the prompt and the seed; it records the options it was given. */
    static final class Scripted implements CompletionModel {
        final Function<String, String> answer;
        final List<CompletionOptions> options = new ArrayList<>();

        Scripted(Function<String, String> answer) {
            this.answer = answer;
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public int contextLength() {
            return 1000;
        }

        @Override
        public Completion complete(String prompt, CompletionOptions o) {
            options.add(o);
            return new Completion(answer.apply(prompt + "#" + o.seed()), Completion.STOP, prompt.length(), 3);
        }
    }

    static AgentTrace run(CompletionModel model, Set<String> tools, Rules rules, String task) {
        return AgentStudy.agent(model, TOOLS, tools).run(rules, task);
    }

    @Test
    void everyTravelProblemIsSolvedByTheToolsAloneAgainstTheGeneratorsAnswer() {
        Scripted model = new Scripted(p -> "999 km");
        int checked = 0;
        for (MotionProblem p : MotionProblems.generate(7, 400)) {
            if (!p.language().equals("en")) continue;
            AgentTrace t = run(model, ALL, new Rules(), p.question());
            assertEquals(0, t.modelCalls(), p.question());
            assertTrue(new Task("travel", p.question(), p.answer(), new BigDecimal(p.answerValue()), List.of()).isAnsweredBy(t.answer()),
                    p.kind() + ": " + p.question() + " gave " + t.answer() + ", want " + p.answer() + "\n" + t);
            checked++;
        }
        assertTrue(checked > 150, "checked " + checked);
    }

    @Test
    void aMissingToolSendsTheWholeQuestionToTheModel() {
        Scripted model = new Scripted(p -> "100");
        AgentTrace sum = run(model, Set.of("units"), new Rules(), "34+58=?");
        assertEquals("100", sum.answer());
        assertEquals(QaMixture.prompt("34+58=?"), sum.steps().get(0).input());
        AgentTrace travel = run(model, Set.of("calculator"), new Rules(), "A car travels 90 km at 60 km/h. How many minutes does it take?");
        assertEquals(1, travel.modelCalls());
        assertEquals(0, travel.toolCalls());
        AgentTrace withTools = run(model, ALL, new Rules(), "A car travels 90 km at 60 km/h. How many minutes does it take?");
        assertEquals("90 minutes", withTools.answer());
    }

    @Test
    void sumsAndConversionsGoToTheirTools() {
        Scripted model = new Scripted(p -> "nonsense");
        AgentTrace sum = run(model, ALL, new Rules(), "34+58=?");
        assertEquals("92", sum.answer());
        assertEquals("calculator", sum.steps().get(0).actor());
        AgentTrace product = run(model, ALL, new Rules(), "48*7=?");
        assertEquals("336", product.answer());
        AgentTrace conversion = run(model, ALL, new Rules(), "What is 72 km/h in m/s?");
        assertEquals("20 m/s", conversion.answer());
        assertEquals(0, conversion.modelCalls());
    }

    @Test
    void aFactTheMemoryGetsRightIsKeptWhenThePassageContainsIt() {
        Scripted model = new Scripted(p -> "Vinoford");
        AgentTrace t = run(model, ALL, new Rules(), "In which city is the Nisvin Museum?");
        assertEquals("Vinoford", t.answer());
        assertEquals(List.of("scripted", "retrieval", Step.ANSWER), t.steps().stream().map(Step::actor).toList());
        assertTrue(t.steps().get(2).why().startsWith("checker"));
    }

    @Test
    void aFactThePassageContradictsIsReadFromThePassage() {
        String reading = QaMixture.readingPrompt("In 1969, Sado Mirenko founded the Nisvin Museum in Vinoford.", "In which city is the Nisvin Museum?");
        Scripted model = new Scripted(p -> p.startsWith(reading) ? "Vinoford" : "Telhastad");
        AgentTrace t = run(model, ALL, new Rules(), "In which city is the Nisvin Museum?");
        assertEquals("Vinoford", t.answer());
        assertEquals(reading, t.steps().get(2).input());
        assertEquals(2, t.modelCalls());
        AgentTrace closed = run(model, Set.of("calculator"), new Rules(), "In which city is the Nisvin Museum?");
        assertEquals("Telhastad", closed.answer(), "without retrieval the memory answers");
    }

    @Test
    void votesSampleWithSeedsAndTheCheckerFiltersReadAnswers() {
        // memory always wrong; reading: seeds 0 and 2 misread, seed 1 reads right; a plain vote would pick the misreading
        String reading = QaMixture.readingPrompt("In 1969, Sado Mirenko founded the Nisvin Museum in Vinoford.", "In which city is the Nisvin Museum?");
        Scripted model = new Scripted(p -> !p.startsWith(reading) ? "Telhastad" : p.endsWith("#1") ? "Vinoford" : "Valhawick");
        AgentTrace t = run(model, ALL, new Rules(3, 0.7), "In which city is the Nisvin Museum?");
        assertEquals("Vinoford", t.answer(), t.toString());
        assertEquals(6, t.modelCalls(), "3 samples of memory, 3 of reading");
        assertEquals(List.of(0L, 1L, 2L, 0L, 1L, 2L), model.options.stream().map(CompletionOptions::seed).toList());
        assertTrue(model.options.stream().allMatch(o -> o.temperature() == 0.7));
        AgentTrace bare = run(new Scripted(p -> p.endsWith("#1") ? "93" : "92"), Set.of(), new Rules(3, 0.7), "34+58=?");
        assertEquals("92", bare.answer());
        assertTrue(bare.steps().get(3).why().contains("vote 2 of 3"));
    }

    @Test
    void helpers() {
        assertTrue(Rules.contains("born in Lumerewick in 1954", "1954"));
        assertFalse(Rules.contains("born in Lumerewick in 1954", "195"));
        assertFalse(Rules.contains("born in Lumerewick in 1954", "Lumere"));
        assertFalse(Rules.contains("born in Lumerewick in 1954", " "));
        assertEquals("62.5", Rules.round("62.4999999975"));
        assertEquals("50", Rules.round("49.999999998"));
        assertEquals("0.75*54+1.5*#3", Rules.fill("=#1*54+1.5*#3", List.of("0.75 h")));
        assertEquals(List.of("30 min in h", "20 m/s in km/h", "=#2*#1"), Rules.travelPlan("A car travels at 20 m/s for 30 minutes. How many kilometres does it travel?"));
        assertEquals(null, Rules.travelPlan("In which city is the Nisvin Museum?"));
    }

    @Test
    void badSettingsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Rules(0, 1)).getMessage().contains("at least once"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Rules(5, 0)).getMessage().contains("temperature above 0"));
    }
}
