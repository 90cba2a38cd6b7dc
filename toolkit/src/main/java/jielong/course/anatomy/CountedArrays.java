package jielong.course.anatomy;

import java.util.Map;

import jielong.cost.ParameterCount;
import jielong.engine.Tensor;
import jielong.model.Gpt;

/**
 * Counts a built model's parameters from its actual arrays, sorted into the same components as
 * {@link ParameterCount#of}, so the formula can be checked against the real thing.
 */
public final class CountedArrays {
    private CountedArrays() {}

    /** The model's arrays, summed by component (named as in GPT-2: wte, wpe, attn, mlp, ln). */
    public static ParameterCount of(Gpt model) {
        long embeddings = 0, attention = 0, mlp = 0, norms = 0;
        for (Map.Entry<String, Tensor> e : model.parameters().entrySet()) {
            String name = e.getKey();
            long n = e.getValue().size();
            if (name.startsWith("wte.") || name.startsWith("wpe.")) embeddings += n;
            else if (name.contains(".attn.")) attention += n;
            else if (name.contains(".mlp.")) mlp += n;
            else if (name.contains("ln_")) norms += n;
            else throw new IllegalStateException("parameter " + name + " belongs to no known component");
        }
        return new ParameterCount(embeddings, attention, mlp, norms);
    }
}
