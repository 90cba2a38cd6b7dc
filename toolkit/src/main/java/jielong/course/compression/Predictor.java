package jielong.course.compression;

import java.util.Arrays;

import jielong.generate.Softmax;
import jielong.model.CachedReader;
import jielong.model.Gpt;

/**
 * The model's forecast of the next token, one token at a time, as the encoder and the decoder both
 * need it. Both sides must get bit-identical probabilities, so both run this same code in the same
 * order: the model reads with its KV cache under the one context-window rule ({@link CachedReader}).
 */
final class Predictor {
    private final CachedReader reader;
    private final int vocab;

    Predictor(Gpt model) {
        this.reader = new CachedReader(model);
        this.vocab = model.config.vocabSize();
    }

    /** Probabilities of every next token: uniform for the first token, the model's softmax after that. */
    double[] next() {
        float[] logits = reader.logits();
        if (logits == null) { // nothing read yet: nothing to predict from
            double[] p = new double[vocab];
            Arrays.fill(p, 1.0 / vocab);
            return p;
        }
        return Softmax.probabilities(logits);
    }

    /** Tells the model which token came, so it can predict the one after. */
    void accept(int token) {
        reader.accept(token);
    }
}
