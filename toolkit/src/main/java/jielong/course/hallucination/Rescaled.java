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
}
