package jielong.exercises.ch11;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reference solutions of notebook 11's exercises. */
public final class Prompts {
    private Prompts() {}

    public static String fewShotPrompt(List<String[]> examples, String query) {
        StringBuilder p = new StringBuilder();
        for (String[] e : examples) p.append("Q: ").append(e[0]).append('\n').append("A: ").append(e[1]).append('\n');
        return p.append("Q: ").append(query).append('\n').append("A: ").toString();
    }

    public static String cutAtStop(String text, List<String> stops) {
        int cut = text.length();
        for (String s : stops) {
            int at = text.indexOf(s);
            if (at >= 0) cut = Math.min(cut, at);
        }
        return text.substring(0, cut);
    }

    public static double[] temperatureProbabilities(float[] logits, double t) {
        double[] p = new double[logits.length];
        int best = 0;
        for (int i = 1; i < logits.length; i++) if (logits[i] > logits[best]) best = i;
        if (t == 0) {
            p[best] = 1;
            return p;
        }
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            p[i] = Math.exp((logits[i] - logits[best]) / t);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) p[i] /= sum;
        return p;
    }

    public static String encodeFromExamples(List<String[]> examples, String query) {
        Map<Character, Character> key = new HashMap<>();
        for (String[] e : examples) {
            for (int i = 0; i < e[0].length(); i++) key.put(e[0].charAt(i), e[1].charAt(i));
        }
        StringBuilder out = new StringBuilder();
        for (char c : query.toCharArray()) out.append(key.getOrDefault(c, '?'));
        return out.toString();
    }
}
