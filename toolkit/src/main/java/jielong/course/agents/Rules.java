package jielong.course.agents;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jielong.agent.Action;
import jielong.agent.AgentTrace;
import jielong.agent.MajorityVote;
import jielong.agent.Policy;
import jielong.agent.RetrievalTool;
import jielong.agent.Step;
import jielong.api.CompletionOptions;
import jielong.data.QaMixture;

/**
 * The lesson's agent policy: rules read the question and decide; tools do the arithmetic, the
 * units and the lookup; the model is asked only for language (a fact from memory, or read from a
 * passage), or for everything when the tool a rule wants is missing. With {@code samples} above 1,
 * every question to the model is asked that many times at {@code temperature} and the answers vote;
 * a fact read from a passage votes only among answers the passage contains (a checker).
 */
public final class Rules implements Policy {
    static final Pattern SUM = Pattern.compile("(\\d+)([+*])(\\d+)=\\?");
    static final Pattern CONVERSION = Pattern.compile("What is (\\d+(?:\\.\\d+)?) (\\S+) in (\\S+)\\?");
    static final Pattern QUANTITY = Pattern.compile("(\\d+(?:\\.\\d+)?) (minutes|km/h|m/s|km)\\b");

    private final int samples;
    private final double temperature;

    /** Greedy answers, one model call per question to the model. */
    public Rules() {
        this(1, 0);
    }

    /** {@code samples} answers per question to the model, drawn at {@code temperature} (above 0 when samples > 1). */
    public Rules(int samples, double temperature) {
        if (samples < 1) throw new IllegalArgumentException("ask the model at least once per question, got " + samples + " samples");
        if (samples > 1 && !(temperature > 0)) throw new IllegalArgumentException("several samples need a temperature above 0 (greedy answers would all agree), got " + temperature);
        this.samples = samples;
        this.temperature = temperature;
    }

    @Override
    public Action next(String task, AgentTrace trace, Set<String> tools) {
        List<String> done = trace.results();
        Matcher sum = SUM.matcher(task), conversion = CONVERSION.matcher(task);
        if (sum.matches()) {
            if (!tools.contains("calculator")) return model(trace, QaMixture.prompt(task), null, "arithmetic, no calculator: the model");
            if (done.isEmpty()) return Action.tool("calculator", sum.group(1) + sum.group(2) + sum.group(3), "arithmetic: the calculator");
            return Action.finish(done.get(0), "the calculator's result");
        }
        if (conversion.matches()) {
            if (!tools.contains("units")) return model(trace, QaMixture.prompt(task), null, "a conversion, no converter: the model");
            if (done.isEmpty()) return Action.tool("units", conversion.group(1) + " " + conversion.group(2) + " in " + conversion.group(3), "a conversion: the converter");
            return Action.finish(done.get(0), "the converter's result");
        }
        List<String> plan = travelPlan(task);
        if (plan != null) {
            if (!tools.contains("calculator") || !tools.contains("units")) return model(trace, QaMixture.prompt(task), null, "travel needs calculator and converter: the model");
            if (done.size() < plan.size()) return Action.tool(plan.get(done.size()).startsWith("=") ? "calculator" : "units", fill(plan.get(done.size()), done), "travel: step " + (done.size() + 1) + " of " + plan.size());
            String unit = task.contains("How many minutes") ? " minutes" : " km";
            return Action.finish(round(number(trace.last())) + unit, "the last tool's result, to 6 figures");
        }
        // a question of fact: memory first; with retrieval, a passage checks it or answers it
        Action memory = model(trace, QaMixture.prompt(task), null, "a fact: ask the model's memory");
        if (!tools.contains("retrieval") || memory instanceof Action.AskModel) return memory;
        String remembered = ((Action.Finish) memory).answer();
        Optional<Step> lookup = trace.steps().stream().filter(s -> s.actor().equals("retrieval")).findFirst();
        if (lookup.isEmpty()) return Action.tool("retrieval", task, "a fact: look it up");
        List<RetrievalTool.Found> found = RetrievalTool.read(lookup.get().output());
        if (found.isEmpty()) return Action.finish(remembered, "nothing retrieved: the memory's answer");
        if (found.stream().anyMatch(f -> contains(f.text(), remembered))) return Action.finish(remembered, "checker: a passage contains the memory's answer");
        String passage = found.get(0).text(); // the context has room for one passage: the best
        return model(trace, QaMixture.readingPrompt(passage, task), passage, "no passage has the memory's answer: read the best");
    }

    /**
     * The prompt asked of the model {@code samples} times, then the answer: the one completion, or
     * the vote (among answers the passage contains, when a passage is given). The trace tells how
     * many times this prompt has been asked.
     */
    private Action model(AgentTrace trace, String prompt, String passage, String why) {
        List<String> answers = new ArrayList<>();
        for (Step s : trace.steps()) if (s.isModelCall() && s.input().equals(prompt)) answers.add(s.output().strip());
        if (answers.size() < samples) {
            CompletionOptions o = samples == 1 ? CompletionOptions.answer() : CompletionOptions.answer().withTemperature(temperature).withSeed(answers.size());
            return Action.ask(prompt, o, samples == 1 ? why : why + " (sample " + (answers.size() + 1) + " of " + samples + ")");
        }
        if (samples == 1) return Action.finish(answers.get(0), "the model's answer");
        MajorityVote v = passage == null ? MajorityVote.of(answers) : MajorityVote.of(answers, a -> contains(passage, a));
        return Action.finish(v.winner(), "vote " + v.votes() + " of " + v.voters() + (v.checked() ? " answers the passage contains" : ""));
    }

    /**
     * The tool calls of a travel problem, or null if the question is not one: each leg's minutes in
     * hours (and a speed in m/s in km/h), then {@code "="} and the arithmetic over earlier results,
     * written {@code #1}, {@code #2}... For a time, distance ÷ speed in hours, then in minutes.
     */
    static List<String> travelPlan(String question) {
        if (!question.contains("km/h") && !question.contains("m/s")) return null;
        List<String> speeds = new ArrayList<>(), minutes = new ArrayList<>(), km = new ArrayList<>();
        for (Matcher m = QUANTITY.matcher(question); m.find(); ) {
            switch (m.group(2)) {
                case "minutes" -> minutes.add(m.group(1));
                case "km" -> km.add(m.group(1));
                default -> speeds.add(m.group(1) + " " + m.group(2));
            }
        }
        if (question.contains("How many minutes") && km.size() == 1 && speeds.size() == 1 && speeds.get(0).endsWith("km/h")) {
            return List.of("=" + km.get(0) + "/" + speeds.get(0).split(" ")[0], "#1 h in min");
        }
        if (!question.contains("How many kilometres") || speeds.isEmpty() || speeds.size() != minutes.size()) return null;
        List<String> plan = new ArrayList<>();
        StringBuilder sum = new StringBuilder("=");
        for (int i = 0; i < speeds.size(); i++) {
            plan.add(minutes.get(i) + " min in h");
            String speed = speeds.get(i).split(" ")[0];
            if (speeds.get(i).endsWith("m/s")) {
                plan.add(speeds.get(i) + " in km/h");
                speed = "#" + plan.size();
            }
            sum.append(i == 0 ? "" : "+").append(speed).append("*#").append(plan.size() - (speed.startsWith("#") ? 1 : 0));
        }
        plan.add(sum.toString());
        return List.copyOf(plan);
    }

    /** A plan step with {@code #k} replaced by the number in the k-th result, the leading {@code =} dropped. */
    static String fill(String step, List<String> results) {
        String s = step.startsWith("=") ? step.substring(1) : step;
        for (int k = results.size(); k >= 1; k--) s = s.replace("#" + k, number(results.get(k - 1)));
        return s;
    }

    /** The first number in a tool's result ("0.75 h" gives "0.75"). */
    static String number(String result) {
        Matcher m = Pattern.compile("-?\\d+(?:\\.\\d+)?").matcher(result);
        if (!m.find()) throw new IllegalStateException("no number in the tool's result \"" + result + "\"");
        return m.group();
    }

    /** A number to 6 significant figures, as a person would report a tool's 12. */
    static String round(String number) {
        BigDecimal v = new BigDecimal(number).round(new MathContext(6)).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    /** Whether the passage holds the answer as whole words (so "19" is not found in "1990"). */
    static boolean contains(String passage, String answer) {
        return !answer.isBlank() && Pattern.compile("(?<![\\p{L}\\p{Nd}])" + Pattern.quote(answer) + "(?![\\p{L}\\p{Nd}])").matcher(passage).find();
    }
}
