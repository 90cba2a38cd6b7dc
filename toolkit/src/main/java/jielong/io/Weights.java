package jielong.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;

/**
 * A model's weights as NumPy arrays under GPT-2's parameter names (weights stored [in, out], as
 * GPT-2's Conv1D layers keep them), plus a {@code config} array [vocab, block, layers, heads, width].
 */
public final class Weights {
    private Weights() {}

    /** Writes model's weights to an .npz file. */
    public static void exportNpz(Gpt model, Path file) throws IOException {
        Map<String, Npz.Array> arrays = new LinkedHashMap<>();
        GptConfig c = model.config;
        arrays.put("config", new Npz.Array(new int[] {5},
                new float[] {c.vocabSize(), c.blockSize(), c.nLayer(), c.nHead(), c.nEmbd()}, true));
        model.parameters().forEach((name, p) -> arrays.put(name, new Npz.Array(p.shape, p.host().data.clone(), false)));
        Npz.write(file, arrays);
    }

    /** Reads a model written by {@link #exportNpz} (or by NumPy with the same names and shapes). */
    public static Gpt importNpz(Path file) throws IOException {
        Map<String, Npz.Array> arrays = Npz.read(file);
        Npz.Array cfg = arrays.get("config");
        if (cfg == null || cfg.data().length != 5) {
            throw new IOException(file + " has no 'config' array [vocab, block, layers, heads, width]; export it with ./jielong export");
        }
        float[] f = cfg.data();
        Gpt model = new Gpt(new GptConfig((int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], 0f), 0);
        for (Map.Entry<String, Tensor> e : model.parameters().entrySet()) {
            Npz.Array a = arrays.get(e.getKey());
            if (a == null) throw new IOException(file + " lacks the array '" + e.getKey() + "'");
            if (!Arrays.equals(a.shape(), e.getValue().shape)) {
                throw new IOException(file + ": '" + e.getKey() + "' has shape " + Arrays.toString(a.shape())
                        + ", the model needs " + Arrays.toString(e.getValue().shape));
            }
            System.arraycopy(a.data(), 0, e.getValue().data, 0, a.data().length);
        }
        return model;
    }
}
