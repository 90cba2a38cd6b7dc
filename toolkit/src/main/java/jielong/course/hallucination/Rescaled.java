package jielong.course.hallucination;

import java.util.List;

import jielong.calibration.TemperatureScaling;

/** Answers with their confidences recomputed at a temperature: the same answers, softer or sharper. */
public final class Rescaled {
    private Rescaled() {}

    /** Each answer's confidence as softmax(logits / T) of the same predicted token. */
    public static List<Answer> at(List<Answer> answers, double temperature) {
        return answers.stream().map(a -> new Answer(a.cloze(), a.logits(), a.predicted(),
                TemperatureScaling.softmax(a.logits(), temperature)[a.predicted()], a.wellFormed())).toList();
    }

    /**
     * The answers of a model whose logits are {@code factor} times these (2: every answer more certain,
     * none changed), for a model made overconfident, as post-training tends to make one.
     */
    public static List<Answer> sharpened(List<Answer> answers, float factor) {
        if (!(factor > 0) || Float.isInfinite(factor)) throw new IllegalArgumentException("the factor must be a positive number, got " + factor);
        return answers.stream().map(a -> {
            float[] z = a.logits().clone();
            for (int i = 0; i < z.length; i++) z[i] *= factor;
            return new Answer(a.cloze(), z, a.predicted(), TemperatureScaling.softmax(z, 1)[a.predicted()], a.wellFormed());
        }).toList();
    }
}
