package jielong.course.agents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jielong.agent.Agent;
import jielong.agent.AgentTrace;
import jielong.agent.Calculator;
import jielong.agent.MajorityVote;
import jielong.agent.RetrievalTool;
import jielong.agent.Step;
import jielong.agent.Tool;
import jielong.agent.UnitConverter;
import jielong.api.CompletionModel;
import jielong.api.CompletionOptions;
import jielong.notebook.Numbers;
import jielong.retrieval.Retriever;
import jielong.viz.BarPlot;
import jielong.viz.Plot;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The lesson's measurements: each setup (the bare model, the model with one tool, the full agent,
 * each greedy or with a vote of several samples) answers every task of the task set; accuracy by
 * group, and the cost in model calls and tokens per task.
 */
public final class AgentStudy {
    /** The most steps one task may take (the longest plan, a vote over a passage and memory, takes 2 × samples + 2). */
    public static final int MAX_STEPS = 64;

    private AgentStudy() {}

    /** A way of answering: the tools the agent has, and how many samples each question to the model gets. */
    public record Setup(String name, Set<String> tools, int samples, double temperature) {
        public Rules rules() {
            return samples == 1 ? new Rules() : new Rules(samples, temperature);
        }
    }

    /** The lesson's seven setups; {@code samples} and {@code temperature} are the votes'. */
    public static List<Setup> setups(int samples, double temperature) {
        Set<String> all = Set.of("calculator", "units", "retrieval");
        return List.of(
                new Setup("bare model", Set.of(), 1, 0),
                new Setup("bare model, vote of " + samples, Set.of(), samples, temperature),
                new Setup("+ calculator", Set.of("calculator"), 1, 0),
                new Setup("+ unit converter", Set.of("units"), 1, 0),
                new Setup("+ retrieval", Set.of("retrieval"), 1, 0),
                new Setup("full agent", all, 1, 0),
                new Setup("full agent, vote of " + samples, all, samples, temperature));
    }

    /**
     * Passages retrieval gives back: the memory's answer is checked against each, the best is read.
     * One: with three, the checker let more wrong memories through (a year or a city that another
     * passage happens to hold) than it saved right ones.
     */
    public static final int PASSAGES = 1;

    /** The tools the lesson's agent can have: the calculator, the unit converter, and retrieval over the knowledge base. */
    public static List<Tool> tools(Retriever knowledgeBase) {
        return List.of(new Calculator(), new UnitConverter(), new RetrievalTool(knowledgeBase, PASSAGES));
    }

    /** An agent with only the named tools of {@code tools}. */
    public static Agent agent(CompletionModel model, List<Tool> tools, Set<String> names) {
        return new Agent(model, tools.stream().filter(t -> names.contains(t.name())).toList(), MAX_STEPS);
    }

    /** One task answered: the trace and whether its answer is right. */
    public record Outcome(Task task, AgentTrace trace, boolean correct) {}

    /** Every task through one setup. */
    public static List<Outcome> run(CompletionModel model, List<Tool> tools, Setup setup, List<Task> tasks) {
        Agent agent = agent(model, tools, setup.tools());
        Rules rules = setup.rules();
        List<Outcome> out = new ArrayList<>();
        for (Task t : tasks) {
            AgentTrace trace = agent.run(rules, t.question());
            out.add(new Outcome(t, trace, t.isAnsweredBy(trace.answer())));
        }
        return out;
    }

    /** Share of a group's tasks answered right (NaN for an empty group). */
    public static double accuracy(List<Outcome> outcomes, String group) {
        List<Outcome> g = group == null ? outcomes : outcomes.stream().filter(o -> o.task().group().equals(group)).toList();
        return (double) g.stream().filter(Outcome::correct).count() / g.size();
    }

    /** One row per setup: accuracy in each group and overall, model calls and tokens per task. */
    public static Table table(Map<Setup, List<Outcome>> results) {
        Table t = Table.create("Accuracy and cost per task, " + Numbers.count(results.values().iterator().next().size()) + " tasks");
        t.addColumns(StringColumn.create("setup"));
        for (String g : TaskSet.GROUPS) t.addColumns(StringColumn.create(g));
        t.addColumns(StringColumn.create("all"), StringColumn.create("model calls / task"), StringColumn.create("tokens / task"), StringColumn.create("tool calls / task"));
        results.forEach((setup, outcomes) -> {
            List<String> row = new ArrayList<>(List.of(setup.name()));
            for (String g : TaskSet.GROUPS) row.add(Numbers.percent(accuracy(outcomes, g)));
            row.add(Numbers.percent(accuracy(outcomes, null)));
            row.add(Numbers.format(outcomes.stream().mapToInt(o -> o.trace().modelCalls()).average().orElse(0)));
            row.add(Numbers.format(outcomes.stream().mapToInt(o -> o.trace().tokens()).average().orElse(0)));
            row.add(Numbers.format(outcomes.stream().mapToInt(o -> o.trace().toolCalls()).average().orElse(0)));
            for (int i = 0; i < row.size(); i++) t.stringColumn(i).append(row.get(i));
        });
        return t;
    }

    /** Accuracy by group, one series of bars per greedy setup (the votes are in the table and the vote curve). */
    public static BarPlot plot(Map<Setup, List<Outcome>> results) {
        BarPlot p = Plot.bars("What each tool adds, by group of tasks").axes("group of tasks", "share answered right");
        results.forEach((setup, outcomes) -> {
            if (setup.samples() == 1) p.series(setup.name(), TaskSet.GROUPS, TaskSet.GROUPS.stream().mapToDouble(g -> accuracy(outcomes, g)).toArray());
        });
        p.chart().getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS).setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        p.chart().getStyler().setYAxisMin(0.0).setYAxisMax(1.0);
        return p;
    }

    /** Accuracy of the reader's vote for each number of samples: plain, and among answers the passage contains; and greedy. */
    public record VoteCurve(int[] samples, double[] vote, double[] checkedVote, double greedy, int questions) {}

    /**
     * Self-consistency on reading: for each fact task, the retriever's best passage and the question
     * in the reading prompt, {@code max(samples)} answers drawn at {@code temperature} (seeds 0, 1, ...),
     * and the vote of the first k, for each k; beside it the greedy answer's accuracy.
     */
    public static VoteCurve voteCurve(CompletionModel model, Retriever retriever, List<Task> facts, int[] samples, double temperature) {
        int most = java.util.Arrays.stream(samples).max().orElseThrow(() -> new IllegalArgumentException("give at least one number of samples"));
        double[] vote = new double[samples.length], checked = new double[samples.length];
        int greedy = 0;
        CompletionOptions sampled = CompletionOptions.answer().withTemperature(temperature);
        for (Task t : facts) {
            List<jielong.retrieval.Hit> hits = retriever.search(t.question(), 1);
            if (hits.isEmpty()) continue;
            String passage = hits.get(0).text(), prompt = jielong.data.QaMixture.readingPrompt(passage, t.question());
            if (t.isAnsweredBy(model.text(prompt, CompletionOptions.answer()))) greedy++;
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < most; i++) answers.add(model.text(prompt, sampled.withSeed(i)));
            for (int j = 0; j < samples.length; j++) {
                List<String> first = answers.subList(0, samples[j]);
                if (t.isAnsweredBy(MajorityVote.of(first).winner())) vote[j]++;
                if (t.isAnsweredBy(MajorityVote.of(first, a -> Rules.contains(passage, a)).winner())) checked[j]++;
            }
        }
        for (int j = 0; j < samples.length; j++) {
            vote[j] /= facts.size();
            checked[j] /= facts.size();
        }
        return new VoteCurve(samples.clone(), vote, checked, (double) greedy / facts.size(), facts.size());
    }

    /** The vote curve as a line plot, samples on a log axis, the greedy answer as a flat line. */
    public static jielong.viz.LinePlot plot(VoteCurve c) {
        double[] k = java.util.Arrays.stream(c.samples()).asDoubleStream().toArray();
        double[] flat = new double[k.length];
        java.util.Arrays.fill(flat, c.greedy());
        jielong.viz.LinePlot p = Plot.line("Votes of k answers read from a passage, " + c.questions() + " facts")
                .axes("answers sampled per question, k (log scale)", "share answered right").logX()
                .series("majority vote", k, c.vote())
                .series("vote among answers the passage contains", k, c.checkedVote())
                .series("one greedy answer", k, flat);
        p.chart().getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
        p.chart().getStyler().setYAxisMin(0.0);
        return p;
    }

    /**
     * Why the agent's wrong answers are wrong: for a fact, whether retrieval brought another passage,
     * the checker kept a wrong memory the passage happens to contain, or the model misread the right
     * passage; for the rest, whether the rules did not recognise the task or a tool refused its input.
     */
    public static String cause(Outcome o) {
        List<Step> steps = o.trace().steps();
        if (steps.stream().anyMatch(Step::failed)) return "a tool refused its input";
        if (o.task().value() != null) {
            return steps.stream().anyMatch(s -> !s.isModelCall() && !s.actor().equals(Step.ANSWER)) ? "rules or tools computed wrongly" : "not recognised: asked the model";
        }
        Step lookup = steps.stream().filter(s -> s.actor().equals("retrieval")).findFirst().orElse(null);
        if (lookup == null) return "answered from memory";
        List<RetrievalTool.Found> found = RetrievalTool.read(lookup.output());
        String id = found.isEmpty() ? "" : found.get(0).id();
        if (!o.task().passageIds().contains(id)) return "retrieval brought another passage";
        if (steps.get(steps.size() - 1).why().startsWith("checker")) return "right passage; the checker kept a wrong memory";
        return "right passage; the model misread it";
    }

    /** The agent's wrong answers counted by {@link #cause}, with one example of each. */
    public static Map<String, List<Outcome>> failures(List<Outcome> outcomes) {
        Map<String, List<Outcome>> by = new LinkedHashMap<>();
        for (Outcome o : outcomes) if (!o.correct()) by.computeIfAbsent(cause(o), k -> new ArrayList<>()).add(o);
        return by;
    }
}
