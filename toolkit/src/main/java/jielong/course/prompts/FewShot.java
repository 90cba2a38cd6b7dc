package jielong.course.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jielong.api.CompletionModel;
import jielong.api.CompletionOptions;
import jielong.data.LetterCipher;
import jielong.data.QaMixture;
import jielong.data.WordTask;
import jielong.viz.LinePlot;
import jielong.viz.Plot;

/**
 * In-context learning measured two ways. {@link #taskCurve}: k solved examples of one of the four
 * {@link WordTask}s the model was trained on, then a new word: the examples are the only clue to
 * which task is wanted. {@link #curve}: a fresh {@link LetterCipher} per trial, a mapping the model
 * has never seen; whatever it gets right beyond chance it learnt from the prompt.
 */
public final class FewShot {
    private FewShot() {}

    /**
     * One point of the curve.
     *
     * @param shots   examples in each prompt
     * @param correct trials whose whole answer was right
     * @param letters letters of the answers right, in place, over all trials
     * @param covered trials whose query letters all appeared in the examples (the most the examples allow)
     * @param trials  trials in all
     */
    public record Point(int shots, int correct, int letters, int covered, int trials) {
        /** Share of answer letters right (three per trial); chance is one in 6. */
        public double letterAccuracy() {
            return (double) letters / (trials * LetterCipher.WORD_LENGTH);
        }

        /** Share of trials answered exactly. */
        public double accuracy() {
            return (double) correct / trials;
        }

        /** Share of trials the examples made answerable. */
        public double ceiling() {
            return (double) covered / trials;
        }
    }

    /**
     * One point of the task curve.
     *
     * @param shots   examples in each prompt
     * @param correct trials answered exactly, for each {@link WordTask} (by ordinal)
     * @param trials  trials for each task
     */
    public record TaskPoint(int shots, int[] correct, int trials) {
        /** Share of all trials answered exactly. */
        public double accuracy() {
            int sum = 0;
            for (int c : correct) sum += c;
            return (double) sum / (trials * correct.length);
        }

        /** Share of one task's trials answered exactly. */
        public double accuracy(WordTask task) {
            return (double) correct[task.ordinal()] / trials;
        }
    }

    /**
     * Accuracy on the word tasks for each number of examples: {@code trials} per task, trial i of a
     * task drawing its words from {@code seed + i}, and every k using the first k of the same
     * examples, so the points differ only in how many examples the prompt shows.
     */
    public static List<TaskPoint> taskCurve(CompletionModel model, int[] shots, int trials, long seed) {
        int most = 0;
        for (int k : shots) most = Math.max(most, k);
        WordTask[] tasks = WordTask.values();
        int[][] correct = new int[shots.length][tasks.length];
        for (WordTask task : tasks) {
            for (int i = 0; i < trials; i++) {
                List<String[]> pairs = task.pairs(new Random(seed + 1000L * task.ordinal() + i), most + 1);
                String[] query = pairs.get(most);
                for (int s = 0; s < shots.length; s++) {
                    String answer = model.text(prompt(pairs.subList(0, shots[s]), query[0]), CompletionOptions.answer().withMaxTokens(8));
                    if (answer.equals(query[1])) correct[s][task.ordinal()]++;
                }
            }
        }
        List<TaskPoint> out = new ArrayList<>();
        for (int s = 0; s < shots.length; s++) out.add(new TaskPoint(shots[s], correct[s], trials));
        return out;
    }

    /** Accuracy on each word task, and on all four, against the number of examples. */
    public static LinePlot taskPlot(List<TaskPoint> points, String title) {
        double[] k = points.stream().mapToDouble(TaskPoint::shots).toArray();
        LinePlot plot = Plot.line(title).axes("examples in the prompt (k)", "share of answers exactly right");
        plot.series("all four tasks", k, points.stream().mapToDouble(TaskPoint::accuracy).toArray());
        for (WordTask t : WordTask.values()) plot.series(t.label(), k, points.stream().mapToDouble(p -> p.accuracy(t)).toArray());
        return plot.series("a guess of the task (1 in 4)", k, points.stream().mapToDouble(p -> 0.25).toArray());
    }

    /** The few-shot prompt: each example as {@code "Q: abc\nA: rpt\n"}, then {@code "Q: <query>\nA: "}. */
    public static String prompt(List<String[]> examples, String query) {
        StringBuilder p = new StringBuilder();
        for (String[] e : examples) p.append(QaMixture.shot(e[0], e[1]));
        return p.append(QaMixture.prompt(query)).toString();
    }

    /** Chance of guessing a whole answer with no examples: one in 6³ = 216. */
    public static double chance() {
        return Math.pow(1.0 / LetterCipher.CODE.length(), LetterCipher.WORD_LENGTH);
    }

    /**
     * Accuracy for each number of examples. Trial i draws its cipher, examples and query from
     * {@code seed + i}, and every k uses the first k of the same examples, so the points differ
     * only in how much of the prompt the model was shown.
     */
    public static List<Point> curve(CompletionModel model, int[] shots, int trials, long seed) {
        int most = 0;
        for (int k : shots) most = Math.max(most, k);
        int[] correct = new int[shots.length], letters = new int[shots.length], covered = new int[shots.length];
        for (int i = 0; i < trials; i++) {
            Random random = new Random(seed + i);
            LetterCipher cipher = LetterCipher.random(random);
            List<String[]> pairs = cipher.pairs(random, most + 1);
            String[] query = pairs.get(most);
            for (int s = 0; s < shots.length; s++) {
                List<String[]> examples = pairs.subList(0, shots[s]);
                String answer = model.text(prompt(examples, query[0]), CompletionOptions.answer().withMaxTokens(8));
                if (answer.equals(query[1])) correct[s]++;
                for (int j = 0; j < Math.min(answer.length(), query[1].length()); j++) {
                    if (answer.charAt(j) == query[1].charAt(j)) letters[s]++;
                }
                if (LetterCipher.covered(examples, query[0])) covered[s]++;
            }
        }
        List<Point> out = new ArrayList<>();
        for (int s = 0; s < shots.length; s++) out.add(new Point(shots[s], correct[s], letters[s], covered[s], trials));
        return out;
    }

    /** The most examples whose prompt fits the model's context. */
    public static int mostShots(CompletionModel model) {
        String one = QaMixture.shot("abc", "pqr");
        String query = QaMixture.prompt("abc");
        return (model.contextLength() - query.length()) / one.length();
    }

    /** Accuracy and the examples' ceiling against the number of examples. */
    public static LinePlot plot(List<Point> points, String title) {
        double[] k = points.stream().mapToDouble(Point::shots).toArray();
        return Plot.line(title).axes("examples in the prompt (k)", "share right (words, or letters in place)")
                .series("model: whole words", k, points.stream().mapToDouble(Point::accuracy).toArray())
                .series("model: letters", k, points.stream().mapToDouble(Point::letterAccuracy).toArray())
                .series("ceiling: every query letter shown", k, points.stream().mapToDouble(Point::ceiling).toArray())
                .series("chance (1 in 216)", k, points.stream().mapToDouble(p -> chance()).toArray());
    }
}
