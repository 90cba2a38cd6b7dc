package jielong.course.afterpretraining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jielong.cost.ParameterCount;
import jielong.course.Runs;
import jielong.course.emergence.EmergenceLesson;
import jielong.course.models.QaGpt;
import jielong.course.reasoning.Format;
import jielong.course.reasoning.ReasoningLesson;
import jielong.experiment.ComputeTable;
import jielong.fit.PowerLaw;
import jielong.model.GptConfig;
import jielong.notebook.Numbers;
import jielong.viz.Tables;
import tech.tablesaw.api.Table;

/**
 * The course report: each of the essay's claims in a row, with what the learner's own runs measured
 * for it and where in the course (lesson, figure or table). Numbers come from the run files lesson
 * 20 read ({@link Readings}); a claim whose lesson keeps its numbers only in its notebook says where
 * they are and whether that lesson's run folder exists; a claim whose run is missing says so.
 */
public final class CourseReport {
    /** The report's columns, in order. */
    public static final List<String> COLUMNS = List.of("#", "the essay's claim", "lesson", "what your runs measured", "where to look", "status");

    /**
     * One row.
     *
     * @param number   the concept's number in the essay map (1 to 20)
     * @param claim    the claim, in our words
     * @param lesson   the lesson that tests it
     * @param measured what the learner's runs gave, or why there is no number here
     * @param where    the lesson and figure or table to look at
     * @param status   {@code measured}, {@code computed}, {@code in its notebook}, {@code missing} or {@code absent}
     */
    public record Row(int number, String claim, String lesson, String measured, String where, String status) {}

    private CourseReport() {}

    /** The twenty rows, from what lesson 20 read. */
    public static List<Row> rows(Readings r) {
        List<Row> rows = new ArrayList<>();
        long gpt3 = ParameterCount.of(GptConfig.gpt3()).total();
        rows.add(new Row(1, "A GPT is a stack of transformer blocks; \"large\" means GPT-3's 96 layers and about 175 billion parameters",
                "01-anatomy", "GPT-3's published shape counts to " + Numbers.significant(gpt3 / 1e9, 4) + " billion parameters ("
                + Numbers.significant(100.0 * (gpt3 - 175e9) / 175e9, 2) + "% from 175 B), counted now by jielong.cost",
                "01 · the parameter counter and its bar chart", "computed"));
        rows.add(inNotebook(2, "Training squeezes the knowledge in a huge text into a limited set of parameters",
                "05-compression", "04-pretraining", "05 · bits per character beside gzip and xz", r.fast()));
        rows.add(emergence(r));
        rows.add(scaling(r));
        rows.add(inNotebook(5, "Every parameter can be read, yet what they mean is hard to say: interpretability turns the black box white",
                "08-white-box", "08-white-box", "08 · attention maps, logit lens, probes", r.fast()));
        rows.add(inNotebook(6, "Generation is a word-chain game: each next token is predicted from all the tokens before it",
                "02-word-chain", "04-pretraining", "02 · next-token tables and sampling rules", r.fast()));
        rows.add(inNotebook(7, "Each new token weighs every earlier one, with different weights in each attention head",
                "03-attention", "04-pretraining", "03 · attention by hand beside the toolkit's", r.fast()));
        rows.add(inNotebook(8, "Models make up plausible answers, know nothing after their cutoff and carry their data's biases",
                "09-hallucination", "09-hallucination", "09 · fabrications on unseen entities, the reliability diagram", r.fast()));
        rows.add(inNotebook(9, "Image models turn noise into a picture step by step", "10-diffusion", "10-diffusion",
                "10 · the denoising frames", r.fast()));
        rows.add(inNotebook(10, "Prompts steer a model, and an API made it a part others build on", "11-prompts", "11-prompts",
                "11 · few-shot accuracy and the completions endpoint", r.fast()));
        rows.add(inNotebook(11, "Custom GPTs joined a user's own knowledge base to the model", "12-rag", "12-rag",
                "12 · retrieval over your own notes", r.fast()));
        rows.add(inNotebook(12, "An agent is a program that calls models like functions, mixes in rules and cross-checks models",
                "13-agents", "11-prompts", "13 · agent vs bare model on the task set", r.fast()));
        rows.add(inNotebook(13, "Retrieving from a trusted source makes answers more accurate and relevant", "12-rag", "12-rag",
                "12 · accuracy with and without retrieval", r.fast()));
        rows.add(inNotebook(14, "Three schools: rules and logic, neural networks, learning from reward", "14-three-schools",
                "14-three-schools", "14 · expert system, network and Q-learning curves", r.fast()));
        rows.add(inNotebook(15, "Serving a chatbot to millions costs tens of thousands of GPUs and a fortune in power a day",
                "15-inference-cost", "15-inference-cost", "15 · the cost calculator and the KV-cache timings", r.fast()));
        rows.add(inNotebook(16, "Quantization and distillation shrink big models enough for a laptop or a phone", "16-small-models",
                "16-small-models", "16 · size, speed and loss in one table", r.fast()));
        rows.add(reasoning(r));
        rows.add(postTraining(r));
        rows.add(collapse(r));
        rows.add(afterPretraining(r));
        return rows;
    }

    private static Row emergence(Readings r) {
        String claim = "Past a threshold of scale, abilities appear suddenly";
        if (!r.family().present()) return missing(3, claim, r.family(), "07 · the addition family");
        var recipe = EmergenceLesson.family(r.family().fast());
        List<ComputeTable.Series> exact = r.emergence().series(CourseCurves.EXACT_MATCH);
        List<ComputeTable.Series> loss = r.emergence().series("loss_nats");
        ComputeTable.Series first = exact.get(0), last = exact.get(exact.size() - 1);
        int w0 = recipe.widths().get(0), w1 = recipe.widths().get(recipe.widths().size() - 1);
        String measured = "exact match " + Numbers.percent(first.last()) + " at width " + w0 + " (" + params(recipe.shape(w0))
                + " parameters) and " + Numbers.percent(last.last()) + " at width " + w1 + " (" + params(recipe.shape(w1))
                + "), while the loss fell smoothly from " + Numbers.significant(loss.get(0).last(), 3) + " to "
                + Numbers.significant(loss.get(loss.size() - 1).last(), 3) + " nats/token" + mode(r.family());
        return new Row(3, claim, "07-emergence", measured, "07 · the family table and p^L plot; 20 · panel 2", "measured");
    }

    private static Row scaling(Readings r) {
        String claim = "More compute, parameters and data give a better model, along a power law";
        if (!r.sweep().present() || r.pre().isEmpty()) return missing(4, claim, r.sweep(), "06 · the sweep");
        ComputeTable.Series front = r.pre().frontier(CourseCurves.VAL_LOSS, true);
        ComputeTable.Series ends = CourseCurves.ends(r.pre(), CourseCurves.VAL_LOSS);
        PowerLaw law = computeLaw(r.pre());
        String measured = ends.size() + " runs from " + Numbers.significant(ends.flops()[0], 3) + " to "
                + Numbers.significant(ends.flops()[ends.size() - 1], 3) + " FLOPs; the best loss at each compute fell from "
                + Numbers.significant(front.values()[0], 3) + " to " + Numbers.significant(front.last(), 3)
                + " nats/byte, L ∝ C^−α with α = " + Numbers.significant(law.alpha(), 2) + " (Kaplan et al.: 0.050)" + mode(r.sweep());
        return new Row(4, claim, "06-scaling-laws", measured, "06 · the log-log fits and the larger run; 20 · panel 1", "measured");
    }

    /** The power law without a floor through the compute-efficient frontier of a sweep, L = A / C^α. */
    public static PowerLaw computeLaw(ComputeTable pre) {
        ComputeTable.Series front = pre.frontier(CourseCurves.VAL_LOSS, true);
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < front.size(); i++) if (front.flops()[i] > 0) pts.add(new double[] {front.flops()[i], front.values()[i]});
        return PowerLaw.fitWithoutFloor(pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray());
    }

    private static Row reasoning(Readings r) {
        String claim = "Training text rarely shows its reasoning; with the steps written out, reasoning appears (60 km/h for 30 minutes: 0.5 h, 30 km)";
        if (!r.reasoning().present()) return missing(17, claim, r.reasoning(), "17 · trips and sums");
        var adding = ReasoningLesson.addition(r.reasoning().fast());
        int largest = adding.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow();
        StringBuilder m = new StringBuilder("held-out 2-leg trips right: ");
        for (Format f : Format.values()) {
            m.append(f.label()).append(": ").append(Numbers.percent(series(r.steps(), "two_legs", CourseCurves.tripCurve(f)).last())).append(f == Format.ANSWER_ONLY ? "; " : "");
        }
        ComputeTable.Series plain = series(r.steps(), CourseCurves.EXACT_MATCH, CourseCurves.sumCurve(Format.ANSWER_ONLY, largest));
        ComputeTable.Series worked = series(r.steps(), CourseCurves.EXACT_MATCH, CourseCurves.sumCurve(Format.STEPS, largest));
        m.append("; ").append(adding.digits()).append("-digit sums from ").append(Numbers.count(largest)).append(" examples: ")
                .append(Numbers.percent(plain.last())).append(" answer only, ").append(Numbers.percent(worked.last()))
                .append(" with steps, at the same ").append(Numbers.significant(worked.flops()[worked.size() - 1], 3)).append(" FLOPs")
                .append(mode(r.reasoning()));
        return new Row(17, claim, "17-chain-of-thought", m.toString(), "17 · the trips and addition tables; 20 · panel 3", "measured");
    }

    private static ComputeTable.Series series(ComputeTable t, String metric, String curve) {
        return t.series(metric).stream().filter(s -> s.name().equals(curve)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no curve '" + curve + "' of " + metric + " in the runs read"));
    }

    private static Row postTraining(Readings r) {
        String claim = "Reasoning models come from post-training (chain-of-thought data, RL from feedback), whose compute may pass pre-training's";
        if (!r.post().present()) return missing(18, claim, r.post(), "18 · post-training");
        ComputeTable stages = r.stages();
        double base = CourseCurves.baseCost(stages);
        String share = postShare(stages);
        List<ComputeTable.Series> acc = stages.series(CourseCurves.ACCURACY);
        StringBuilder m = new StringBuilder();
        for (ComputeTable.Series s : acc) {
            if (s.name().equals("reward-model")) continue;
            if (m.length() > 0) m.append(", ");
            m.append(s.name()).append(' ').append(Numbers.percent(s.last()));
        }
        String measured = (m.length() == 0 ? "no accuracy rows" : "held-out accuracy at the end of each stage: " + m)
                + "; base model " + Numbers.significant(base, 3) + " FLOPs; " + share + mode(r.post());
        return new Row(18, claim, "18-post-training", measured, "18 · reward, KL and accuracy by stage; 20 · panel 4", "measured");
    }

    /** The largest post-training stage's FLOPs as a share of pre-training's, in words. */
    public static String postShare(ComputeTable stages) {
        double base = CourseCurves.baseCost(stages);
        double most = 0;
        String which = "";
        for (var p : stages.points()) {
            if (p.curve().equals("pretraining")) continue;
            double own = p.flops() - base;
            if (own > most) {
                most = own;
                which = p.curve();
            }
        }
        if (base <= 0) return "no pre-training cost in the file";
        return which.isEmpty() ? "no post-training compute in the file"
                : "the costliest stage (" + which + ") used " + Numbers.percent(most / base) + " of the pre-training compute";
    }

    private static Row collapse(Readings r) {
        String claim = "Models trained on models' text inbreed: errors pile up until the data is strange and useless";
        if (!r.collapse().present()) return missing(19, claim, r.collapse(), "19 · generations");
        String loss = "loss on real poems (nats/char)", tail = "rare characters still written";
        StringBuilder m = new StringBuilder("bigram generation 0 → " + (r.regimes().values().iterator().next().size() - 1)
                + ", loss on real poems (nats/char): ");
        String[] names = {"replace", "accumulate", "keep 10% real"};
        int i = 0;
        for (Map.Entry<String, List<Map<String, Double>>> e : r.regimes().entrySet()) {
            List<Map<String, Double>> g = e.getValue();
            Map<String, Double> a = g.get(0), b = g.get(g.size() - 1);
            if (i > 0) m.append("; ");
            m.append(names[i++]).append(' ').append(Numbers.significant(a.getOrDefault(loss, Double.NaN), 3)).append(" → ")
                    .append(Numbers.significant(b.getOrDefault(loss, Double.NaN), 3));
            if (e.getKey().contains("replace")) {
                m.append(" (rare characters still written ").append(Numbers.percent(a.getOrDefault(tail, Double.NaN))).append(" → ")
                        .append(Numbers.percent(b.getOrDefault(tail, Double.NaN))).append(')');
            }
        }
        return new Row(19, claim, "19-model-collapse", m + mode(r.collapse()), "19 · the three regimes side by side", "measured");
    }

    private static Row afterPretraining(Readings r) {
        String claim = "Pre-training as we know it will end (Sutskever, NeurIPS 2024); scaling goes on in post-training";
        int present = (int) Stream.of(r.panels()).filter(LessonRuns.Found::present).count();
        String measured = present + " of 4 curves on one compute axis (06 pre-training, 07 emergence, 17 steps in the data, 18 RL)"
                + (r.post().present() ? "; " + postShare(r.stages()) : "; lesson 18's RL curve is missing, so the post-training share is not measured");
        return new Row(20, claim, "20-after-pretraining", measured, "20 · the compute panels and this table",
                present == 4 ? "measured" : "partly measured");
    }

    private static Row inNotebook(int number, String claim, String lesson, String runLesson, String where, boolean fast) {
        // lessons 11 to 13's fast mode reads the model shipped with the course, not a run of its own
        Path mine = runLesson.equals(QaGpt.LESSON) ? QaGpt.folder(fast) : Runs.lesson(runLesson, fast);
        Path other = runLesson.equals(QaGpt.LESSON) ? QaGpt.folder(!fast) : Runs.lesson(runLesson, !fast);
        boolean notebook = Files.isRegularFile(LessonRuns.notebook(lesson));
        String measured, status;
        if (!notebook) {
            measured = "lesson " + lesson + " is not in this checkout";
            status = "absent";
        } else if (nonEmpty(mine) || nonEmpty(other)) {
            Path used = nonEmpty(mine) ? mine : other;
            boolean sameLesson = runLesson.equals(lesson);
            measured = sameLesson ? "its run is in " + rel(used) + "; the numbers are printed in its notebook, not kept in a table"
                    : "it reads " + rel(used) + "; its numbers are printed in its notebook";
            status = "in its notebook";
        } else if (lesson.equals("13-agents") || lesson.equals("02-word-chain") || lesson.equals("03-attention") || lesson.equals("05-compression")) {
            measured = "it keeps no run of its own, and the run it reads (" + runLesson + ") is not there yet: run lesson " + runLesson;
            status = "missing";
        } else {
            measured = "no run in runs/" + runLesson + "/ yet: run lesson " + lesson + " to measure it";
            status = "missing";
        }
        return new Row(number, claim, lesson, measured, where, status);
    }

    private static Row missing(int number, String claim, LessonRuns.Found f, String where) {
        return new Row(number, claim, f.lesson(), f.status() == LessonRuns.Status.ABSENT ? "lesson " + f.lesson()
                + " is not in this checkout: nothing measured" : "its run is missing (" + f.note() + ")", where,
                f.status() == LessonRuns.Status.ABSENT ? "absent" : "missing");
    }

    private static String mode(LessonRuns.Found f) {
        return switch (f.status()) {
            case FOUND -> " [" + (f.fast() ? "fast" : "full") + " run]";
            case FAST_INSTEAD -> " [fast run: no full run yet]";
            case RAN_NOW -> " [fast run, made now]";
            default -> "";
        };
    }

    private static String params(GptConfig shape) {
        return Numbers.count(ParameterCount.of(shape).total());
    }

    private static boolean nonEmpty(Path folder) {
        if (!Files.isDirectory(folder)) return false;
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static String rel(Path p) {
        Path root = jielong.data.Locations.checkout();
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }

    /** The rows as a table for the notebook. */
    public static Table table(List<Row> rows) {
        Table t = Tables.table("Your course report: the essay's claims and what you measured", COLUMNS.toArray(String[]::new));
        for (Row r : rows) Tables.row(t, Integer.toString(r.number()), r.claim(), r.lesson(), r.measured(), r.where(), r.status());
        return t;
    }

    /** The rows as a Markdown table, to keep. */
    public static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder("# Your Jielong course report\n\n| " + String.join(" | ", COLUMNS) + " |\n|"
                + "---|".repeat(COLUMNS.size()) + "\n");
        for (Row r : rows) {
            sb.append("| ").append(String.join(" | ", Stream.of(Integer.toString(r.number()), r.claim(), r.lesson(), r.measured(),
                    r.where(), r.status()).map(s -> s.replace("|", "\\|")).toList())).append(" |\n");
        }
        return sb.toString();
    }

    /** The rows as CSV (RFC 4180: every field quoted, quotes doubled). */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("number,claim,lesson,measured,where,status\n");
        for (Row r : rows) {
            sb.append(String.join(",", Stream.of(Integer.toString(r.number()), r.claim(), r.lesson(), r.measured(), r.where(), r.status())
                    .map(s -> '"' + s.replace("\"", "\"\"") + '"').toList())).append('\n');
        }
        return sb.toString();
    }

    /** Writes {@code course-report.md} and {@code course-report.csv} into {@code folder}; returns the Markdown file. */
    public static Path write(List<Row> rows, Path folder) {
        try {
            Files.createDirectories(folder);
            atomically(folder.resolve("course-report.csv"), csv(rows));
            return atomically(folder.resolve("course-report.md"), markdown(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the course report to " + folder + ": " + e.getMessage(), e);
        }
    }

    private static Path atomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
