package jielong.course.agents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import jielong.agent.UnitConverter;
import jielong.agent.Calculator;
import jielong.data.Arithmetic;
import jielong.data.ArithmeticProblem;
import jielong.data.MotionProblem;
import jielong.data.MotionProblems;
import jielong.data.QaMixture;
import jielong.data.Question;

/**
 * The fixed task set of lesson 13, in six groups of the same size: sums and small products as
 * lesson 11's model was trained on them ({@code "34+58=?"}); travel word problems of
 * {@link MotionProblems} (one or two legs, speeds in km/h or m/s, a time for a distance: two to
 * four steps each); unit conversions ({@code "What is 72 km/h in m/s?"}, never in the training
 * text); and the fact world's questions, split as lesson 12 split them: facts seen 100 times, seen
 * once, and never seen (after the cutoff or about a held-out person).
 */
public final class TaskSet {
    public static final String SUMS = "sums", TRAVEL = "travel problems", CONVERSIONS = "unit conversions",
            FACTS_100 = "facts seen 100×", FACTS_1 = "facts seen once", FACTS_NEVER = "facts never seen";
    /** The groups, in the order tables show them. */
    public static final List<String> GROUPS = List.of(SUMS, TRAVEL, CONVERSIONS, FACTS_100, FACTS_1, FACTS_NEVER);

    private TaskSet() {}

    /** {@code perGroup} tasks of each group (fewer for a fact group with fewer questions); the same seed gives the same set. */
    public static List<Task> build(QaMixture mixture, int perGroup, long seed) {
        if (perGroup < 1) throw new IllegalArgumentException("the task set needs at least 1 task per group, got " + perGroup);
        Random random = new Random(seed);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < perGroup; i++) {
            ArithmeticProblem p = i % 4 == 3
                    ? Arithmetic.multiply(digits(random, 2), digits(random, 1))
                    : Arithmetic.add(digits(random, 2 + random.nextInt(2)), digits(random, 2 + random.nextInt(2)));
            tasks.add(numeric(SUMS, QaMixture.arithmeticQuestion(p), p.answer(), p.answer()));
        }
        List<MotionProblem> travel = MotionProblems.generate(seed, perGroup * 4).stream().filter(p -> p.language().equals("en")).toList();
        for (MotionProblem p : travel.subList(0, Math.min(perGroup, travel.size()))) tasks.add(numeric(TRAVEL, p.question(), p.answer(), p.answerValue()));
        for (int i = 0; i < perGroup; i++) tasks.add(conversion(random, i));
        facts(tasks, FACTS_100, mixture.world().questions(Question.SEEN).stream().filter(q -> mixture.copies().get(q.id()) == 100).toList(), perGroup, random);
        facts(tasks, FACTS_1, mixture.world().questions(Question.SEEN).stream().filter(q -> mixture.copies().get(q.id()) == 1).toList(), perGroup, random);
        List<Question> never = new ArrayList<>(mixture.world().questions(Question.AFTER_CUTOFF));
        never.addAll(mixture.world().questions(Question.UNSEEN_ENTITY));
        facts(tasks, FACTS_NEVER, never, perGroup, random);
        return List.copyOf(tasks);
    }

    /** The tasks of one group. */
    public static List<Task> group(List<Task> tasks, String group) {
        return tasks.stream().filter(t -> t.group().equals(group)).toList();
    }

    private static final String[][] CONVERSIONS_ASKED = {{"km/h", "m/s", "18"}, {"m/s", "km/h", "1"}, {"min", "h", "15"}, {"h", "min", "1"}, {"km", "m", "1"}, {"m", "km", "50"}};

    /** "What is 72 km/h in m/s?": a multiple of a step that makes the answer a short exact decimal. */
    private static Task conversion(Random random, int i) {
        String[] c = CONVERSIONS_ASKED[i % CONVERSIONS_ASKED.length];
        int v = Integer.parseInt(c[2]) * (1 + random.nextInt(c[2].equals("1") ? 40 : 12));
        String value = Calculator.show(UnitConverter.convert(BigDecimal.valueOf(v), c[0], c[1]));
        return numeric(CONVERSIONS, "What is " + v + " " + c[0] + " in " + c[1] + "?", value + " " + c[1], value);
    }

    private static void facts(List<Task> tasks, String group, List<Question> questions, int n, Random random) {
        List<Question> shuffled = new ArrayList<>(questions);
        Collections.shuffle(shuffled, random);
        for (Question q : shuffled.subList(0, Math.min(n, shuffled.size()))) tasks.add(new Task(group, q.question(), q.answer(), null, q.passageIds()));
    }

    private static Task numeric(String group, String question, String answer, String value) {
        return new Task(group, question, answer, new BigDecimal(value), List.of());
    }

    private static String digits(Random random, int n) {
        int low = n == 1 ? 0 : (int) Math.pow(10, n - 1);
        return Integer.toString(low + random.nextInt((int) Math.pow(10, n) - low));
    }
}
