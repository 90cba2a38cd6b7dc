package jielong.course.emergence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jielong.data.ArithmeticProblem;
import jielong.engine.Ops;
import jielong.engine.Tensor;
import jielong.experiment.AnswerMetrics;
import jielong.model.Gpt;
import jielong.train.Examples;

/** Batched greedy answers and scores against the same done one problem at a time. */
class AdditionEvalTest {
    private static final Gpt MODEL = new Gpt(new AdditionFamily.Recipe(List.of(16), 2, 10, 8, 1e-2f, 16, 5, 1).shape(16), 4);
    private static final List<ArithmeticProblem> PROBLEMS = AdditionTask.heldOut(5, 12);

    /** Greedy decoding of one problem, one token at a time, argmax of the last row. */
    private static int[] oneByOne(ArithmeticProblem p) {
        int[] seq = AdditionTask.prompt(p);
        for (int k = 0; k < AdditionTask.ANSWER_LENGTH; k++) {
            float[] logits;
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                logits = MODEL.forward(seq, seq.length).host().data;
            }
            int v = AdditionTask.VOCAB, row = (seq.length - 1) * v, best = 0;
            for (int i = 1; i < v; i++) if (logits[row + i] > logits[row + best]) best = i;
            seq = Arrays.copyOf(seq, seq.length + 1);
            seq[seq.length - 1] = best;
        }
        return Arrays.copyOfRange(seq, AdditionTask.PROMPT_LENGTH, seq.length);
    }

    @Test
    void batchedAnswersAreTheOneByOneAnswers() {
        List<int[]> batched = AdditionEval.answers(MODEL, PROBLEMS);
        for (int i = 0; i < PROBLEMS.size(); i++) assertArrayEquals(oneByOne(PROBLEMS.get(i)), batched.get(i), PROBLEMS.get(i).text());
    }

    @Test
    void scoresAreTheTalliesOfThoseAnswers() {
        AdditionEval.Scores s = AdditionEval.score(MODEL, PROBLEMS);
        AnswerMetrics.Tally t = new AnswerMetrics.Tally();
        double loss = 0, product = 1;
        int[] rightAt = new int[AdditionTask.ANSWER_LENGTH];
        for (ArithmeticProblem p : PROBLEMS) {
            int[] answer = oneByOne(p), truth = AdditionTask.answer(p);
            t.add(answer, truth);
            for (int j = 0; j < truth.length; j++) if (answer[j] == truth[j]) rightAt[j]++;
            Examples.Batch b = Examples.batch(Examples.Example.of(AdditionTask.prompt(p), truth));
            try (Tensor.NoGrad g = Tensor.noGrad()) {
                loss += Ops.crossEntropy(MODEL.forward(b.x(), b.t()), b.y(), b.weights()).item();
            }
        }
        for (int r : rightAt) product *= (double) r / PROBLEMS.size();
        assertEquals(t.exactMatch(), s.exactMatch(), 1e-12);
        assertEquals(t.tokenAccuracy(), s.tokenAccuracy(), 1e-12);
        assertEquals(t.meanEditDistance(), s.editDistance(), 1e-12);
        assertEquals(Math.pow(s.tokenAccuracy(), 6), s.predictedExact(), 1e-12);
        assertEquals(product, s.positionProduct(), 1e-12);
        for (int j = 0; j < rightAt.length; j++) assertEquals((double) rightAt[j] / PROBLEMS.size(), s.byPosition()[j], 1e-12, "position " + (j + 1));
        assertEquals(AdditionFamily.COLUMNS.size(), s.values().length);
        assertEquals(s.byPosition()[1], s.values()[AdditionFamily.COLUMNS.indexOf(AdditionFamily.position(2))], 0.0); // the tens, in its column
        assertEquals(loss / PROBLEMS.size(), s.lossNats(), 1e-5); // every answer has 6 tokens: the mean of the means
        assertEquals(PROBLEMS.size(), s.problems());
    }

    @Test
    void anEmptySetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AdditionEval.score(MODEL, List.of()));
    }
}
