package jielong.exercises.ch17;

import java.util.ArrayList;
import java.util.List;

/** Reference solutions of notebook 17's exercises. */
public final class ChainOfThought {
    private ChainOfThought() {}

    public static List<String> tripSteps(int[] speeds, int[] minutes) {
        List<String> steps = new ArrayList<>();
        int[] km = new int[speeds.length];
        for (int i = 0; i < speeds.length; i++) {
            String hours = minutes[i] / 60 + "." + minutes[i] % 60 / 6;
            km[i] = speeds[i] * minutes[i] / 60;
            steps.add(minutes[i] + " minutes = " + hours + " hours.");
            steps.add(speeds[i] + " × " + hours + " = " + km[i] + " km.");
        }
        int total = km[0];
        for (int i = 1; i < km.length; i++) {
            steps.add(total + " + " + km[i] + " = " + (total + km[i]) + " km.");
            total += km[i];
        }
        return steps;
    }

    public static List<String> scratchpad(String a, String b) {
        List<String> steps = new ArrayList<>();
        int carry = 0;
        for (int i = a.length() - 1; i >= 0; i--) {
            int sum = (a.charAt(i) - '0') + (b.charAt(i) - '0') + carry;
            steps.add((a.charAt(i) - '0') + "+" + (b.charAt(i) - '0') + "+" + carry + "=" + sum / 10 + sum % 10 + ";");
            carry = sum / 10;
        }
        return steps;
    }

    public static double answerLoss(float[][] logits, int[] tokens, int answerStart) {
        double sum = 0;
        int n = 0;
        for (int i = Math.max(0, answerStart - 1); i + 1 < tokens.length; i++) {
            float[] row = logits[i];
            double max = Double.NEGATIVE_INFINITY;
            for (float v : row) max = Math.max(max, v);
            double z = 0;
            for (float v : row) z += Math.exp(v - max);
            sum += -(row[tokens[i + 1]] - max - Math.log(z));
            n++;
        }
        return sum / n;
    }

    public static float[] packedWeights(int[] lengths, int[] answerStarts) {
        int n = 0;
        for (int l : lengths) n += l;
        boolean[] answer = new boolean[n];
        int at = 0;
        for (int k = 0; k < lengths.length; k++) {
            for (int i = answerStarts[k]; i < lengths[k]; i++) answer[at + i] = true;
            at += lengths[k];
        }
        float[] w = new float[n - 1];
        for (int i = 0; i + 1 < n; i++) w[i] = answer[i + 1] ? 1f : 0f;
        return w;
    }
}
