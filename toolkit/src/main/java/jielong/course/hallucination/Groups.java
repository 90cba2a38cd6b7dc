package jielong.course.hallucination;

import java.util.List;
import java.util.function.Predicate;

/** Answers grouped the ways the lesson compares them: by fact, by whether the person was seen, by mentions. */
public final class Groups {
    /** Mention buckets of the lesson's table, as Kalai and Vempala's argument sorts facts: never, once, twice, a few times, often. */
    public static final List<String> MENTION_BUCKETS = List.of("never", "1", "2", "3-5", "6+");

    private Groups() {}

    /** The bucket of a mention count, one of {@link #MENTION_BUCKETS}. */
    public static String bucket(int mentions) {
        if (mentions <= 0) return "never";
        if (mentions <= 2) return Integer.toString(mentions);
        return mentions <= 5 ? "3-5" : "6+";
    }

    /** Facts about a person's biography (profession, birth city, birth year): arbitrary facts, nothing to infer them from. */
    public static boolean biographyFact(Answer a) {
        Cloze.Kind k = a.cloze().kind();
        return k == Cloze.Kind.PROFESSION || k == Cloze.Kind.CITY || k == Cloze.Kind.YEAR;
    }

    /** Questions of the calibration study: every fact before the cutoff, seen people and unseen alike (pronouns are the bias probe). */
    public static boolean calibrationQuestion(Answer a) {
        return a.cloze().kind() != Cloze.Kind.PRONOUN && !a.cloze().afterCutoff();
    }

    /** Whether the person was in the training text. */
    public static boolean seen(Answer a) {
        return a.cloze().mentions() > 0;
    }

    /** The half of the people whose answers fit the temperature (even person numbers); the other half measures it. */
    public static boolean calibrationHalf(Answer a) {
        return Integer.parseInt(a.cloze().personId().substring(1)) % 2 == 0;
    }

    /** Share of answers passing a test; NaN for none. */
    public static double share(List<Answer> answers, Predicate<Answer> test) {
        return answers.isEmpty() ? Double.NaN : (double) answers.stream().filter(test).count() / answers.size();
    }

    /** Mean confidence; NaN for none. */
    public static double meanConfidence(List<Answer> answers) {
        return answers.stream().mapToDouble(Answer::confidence).average().orElse(Double.NaN);
    }

    /** The confidences of the answers, in order. */
    public static double[] confidences(List<Answer> answers) {
        return answers.stream().mapToDouble(Answer::confidence).toArray();
    }

    /** Whether each answer is right, in order. */
    public static boolean[] outcomes(List<Answer> answers) {
        boolean[] ok = new boolean[answers.size()];
        for (int i = 0; i < ok.length; i++) ok[i] = answers.get(i).correct();
        return ok;
    }

    /** The logits of each answer, in order. */
    public static float[][] logits(List<Answer> answers) {
        return answers.stream().map(Answer::logits).toArray(float[][]::new);
    }

    /** The right token of each answer, in order. */
    public static int[] labels(List<Answer> answers) {
        return answers.stream().mapToInt(a -> a.cloze().answer()).toArray();
    }
}
