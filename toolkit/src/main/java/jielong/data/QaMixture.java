package jielong.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Training text for a small question-answering model: records in one format, {@code "Q: ...\nA: ...\n"},
 * separated by a blank line, drawn from several tasks so that prompts, retrieved passages and tool
 * results can steer the model later:
 * <ul>
 *   <li>closed-book facts of a {@link FactWorld}, each person's facts repeated 1, 10 or 100 times
 *       ({@link #copies}), so accuracy can be split by how often a fact was seen;</li>
 *   <li>reading: a passage of a second, disjoint world under {@code "Context: "}, then a question
 *       it answers, so the model learns to take answers from its prompt (retrieval uses this);</li>
 *   <li>few-shot episodes of one {@link WordTask} each (reverse, capitals, next letter, first to
 *       last), so the model learns to tell from its examples which task is wanted;</li>
 *   <li>few-shot episodes of a fresh {@link LetterCipher} each: a task that can only be learnt from
 *       the examples, which a model this small does not manage;</li>
 *   <li>sums and small products ({@link Arithmetic}), and travel-time problems ({@link MotionProblems}).</li>
 * </ul>
 *
 * @param world    the world whose facts are learnt closed-book (its held-out and after-cutoff facts never appear)
 * @param text     the training text, records in random order
 * @param copies   for each closed-book question id, how many times it appears in {@code text}
 */
public record QaMixture(FactWorld world, String text, Map<String, Integer> copies) {
    /** What starts a question. */
    public static final String Q = "Q: ";
    /** What starts an answer; the answer runs to the end of its line. */
    public static final String A = "A: ";
    /** What starts a passage given to read. */
    public static final String CONTEXT = "Context: ";
    /** How many times a seen person's facts are repeated, by person index modulo 3. */
    public static final int[] COPIES = {1, 10, 100};

    /** How many records of each task a mixture holds (the world's facts come on top). */
    public record Sizes(int people, int readingPeople, int reading, int taskEpisodes, int cipherEpisodes, int arithmetic, int motion) {
        /**
         * About 60,000 records, what the full lesson's model reads in its training run (4,000 batches
         * of 16): each record is read about once, so a fact's copies are the times the model saw it.
         */
        public static Sizes full() {
            return new Sizes(30, 1500, 36000, 6000, 2000, 4000, 1000);
        }

        /** About 8,000 records, for fast mode (400 batches of 16): a world of 9 people, fewer of everything else. */
        public static Sizes fast() {
            return new Sizes(9, 200, 2500, 600, 200, 500, 100);
        }
    }

    /** The prompt for a question in the training format: {@code "Q: <question>\nA: "}. */
    public static String prompt(String question) {
        return Q + question + "\n" + A;
    }

    /** The prompt for a question about a passage: {@code "Context: <passage>\nQ: <question>\nA: "}. */
    public static String readingPrompt(String passage, String question) {
        return CONTEXT + passage + "\n" + prompt(question);
    }

    /** One cipher example, question and answer lines: {@code "Q: abc\nA: rpt\n"}. */
    public static String shot(String question, String answer) {
        return prompt(question) + answer + "\n";
    }

    /** Builds the mixture; the same seed gives the same text. */
    public static QaMixture generate(long seed, Sizes sizes) {
        Random random = new Random(seed);
        FactWorld world = FactWorld.generate(seed, sizes.people());
        List<String> records = new ArrayList<>();
        Map<String, Integer> copies = new HashMap<>();
        for (Question q : world.questions(Question.SEEN)) {
            int n = COPIES[personOf(world, q) % COPIES.length];
            copies.put(q.id(), n);
            for (int c = 0; c < n; c++) records.add(prompt(q.question()) + q.answer() + "\n");
        }

        FactWorld reading = FactWorld.generate(seed + 1, sizes.readingPeople());
        Map<String, String> passages = new HashMap<>();
        reading.passages().forEach(p -> passages.put(p.id(), p.text()));
        List<Question> readable = reading.questions();
        for (int i = 0; i < sizes.reading(); i++) {
            Question q = readable.get(random.nextInt(readable.size()));
            records.add(readingPrompt(passages.get(q.passageIds().get(0)), q.question()) + q.answer() + "\n");
        }

        for (int i = 0; i < sizes.taskEpisodes(); i++) {
            WordTask task = WordTask.random(random);
            StringBuilder episode = new StringBuilder();
            for (String[] pair : task.pairs(random, 6 + random.nextInt(4))) episode.append(shot(pair[0], pair[1]));
            records.add(episode.toString());
        }

        for (int i = 0; i < sizes.cipherEpisodes(); i++) {
            LetterCipher cipher = LetterCipher.random(random);
            StringBuilder episode = new StringBuilder();
            for (String[] pair : cipher.pairs(random, 4 + random.nextInt(6))) episode.append(shot(pair[0], pair[1]));
            records.add(episode.toString());
        }

        for (int i = 0; i < sizes.arithmetic(); i++) {
            ArithmeticProblem p = i % 4 == 3
                    ? Arithmetic.multiply(number(random, 1 + random.nextInt(2)), number(random, 1))
                    : Arithmetic.add(number(random, 1 + random.nextInt(3)), number(random, 1 + random.nextInt(3)));
            records.add(prompt(p.prompt() + "?") + p.answer() + "\n");
        }

        List<MotionProblem> motion = new ArrayList<>();
        for (MotionProblem p : MotionProblems.generate(seed, sizes.motion() * 3)) {
            if (p.language().equals("en") && motion.size() < sizes.motion()) motion.add(p);
        }
        for (MotionProblem p : motion) records.add(prompt(p.question()) + p.answer() + "\n");

        Collections.shuffle(records, random);
        return new QaMixture(world, String.join("\n", records) + "\n", Map.copyOf(copies));
    }

    /** The arithmetic question for a problem, in the training format's words: {@code "34+58=?"}. */
    public static String arithmeticQuestion(ArithmeticProblem p) {
        return p.prompt() + "?";
    }

    private static int personOf(FactWorld world, Question q) {
        String passage = q.passageIds().get(0);
        if (passage.startsWith("B")) return Integer.parseInt(passage.substring(1));
        WorldEvent e = world.events().get(Integer.parseInt(passage.substring(1)));
        return Integer.parseInt(e.personId().substring(1));
    }

    private static String number(Random random, int digits) {
        int low = digits == 1 ? 0 : (int) Math.pow(10, digits - 1);
        return Integer.toString(low + random.nextInt((int) Math.pow(10, digits) - low));
    }
}
