package jielong.exercises.ch11;

import java.util.ArrayList;
import java.util.List;

/** The only place where chapter 11's graded tests meet the learner's code (inputs are copied). */
final class Ch11 {
    private Ch11() {}

    static String fewShotPrompt(List<String[]> examples, String query) {
        return Prompts.fewShotPrompt(copy(examples), query);
    }

    static String cutAtStop(String text, List<String> stops) {
        return Prompts.cutAtStop(text, new ArrayList<>(stops));
    }

    static double[] temperatureProbabilities(float[] logits, double t) {
        return Prompts.temperatureProbabilities(logits.clone(), t);
    }

    static String encodeFromExamples(List<String[]> examples, String query) {
        return Prompts.encodeFromExamples(copy(examples), query);
    }

    private static List<String[]> copy(List<String[]> examples) {
        List<String[]> out = new ArrayList<>();
        for (String[] e : examples) out.add(e.clone());
        return out;
    }
}
