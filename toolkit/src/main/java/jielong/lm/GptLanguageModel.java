package jielong.lm;

import java.util.Arrays;

import jielong.engine.Tensor;
import jielong.model.CachedReader;
import jielong.model.ContextWindow;
import jielong.model.Gpt;

/**
 * A GPT behind the {@link LanguageModel} interface. Reading goes through the KV cache ({@link
 * CachedReader}); a whole context's forecast is one full forward over its window. Both cut long
 * texts by the same {@link ContextWindow} rule, so they agree to float rounding.
 */
final class GptLanguageModel implements LanguageModel {
    private final Gpt gpt;
    private final ContextWindow window;

    GptLanguageModel(Gpt gpt) {
        this.gpt = gpt;
        this.window = ContextWindow.of(gpt.config);
    }

    @Override
    public int vocabSize() {
        return gpt.config.vocabSize();
    }

    @Override
    public Reader reader() {
        return new GptReader(new CachedReader(gpt));
    }

    @Override
    public Reader read(int[] tokens) {
        CachedReader r = new CachedReader(gpt);
        r.accept(tokens); // all at once: past the window it goes straight to where reading one by one would end
        return new GptReader(r);
    }

    @Override
    public float[] logits(int[] context) {
        int[] w = window.crop(context);
        if (w.length == 0) return new float[vocabSize()];
        int v = vocabSize();
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            return Arrays.copyOfRange(gpt.forward(w, w.length).host().data, (w.length - 1) * v, w.length * v);
        }
    }

    /** The cached reader, with uniform logits before the first token and copies the caller may keep. */
    private final class GptReader implements Reader {
        private final CachedReader cached;

        GptReader(CachedReader cached) {
            this.cached = cached;
        }

        @Override
        public float[] accept(int token) {
            return cached.accept(token).clone();
        }

        @Override
        public float[] logits() {
            float[] l = cached.logits();
            return l == null ? new float[vocabSize()] : l.clone(); // nothing read: all logits equal, a uniform forecast
        }
    }
}
