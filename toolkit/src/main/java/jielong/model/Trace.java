package jielong.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jielong.engine.Ops;
import jielong.engine.Tensor;

/**
 * What a GPT computed on the way to its logits, by name, and a way to change it: pass a trace to
 * {@link Gpt#forward(int[], int, Trace)} or {@link Gpt#step(int, KvCache, Trace)} to record named
 * activations, replace or zero one of them, swap a parameter for another tensor (a quantized
 * copy, say), or compute a layer's matrix product another way ({@link #replaceMatmul}: from int8
 * codes). A forward without a trace does none of this and pays nothing for it.
 *
 * <p>Names, for layer l and head k (shapes for B sequences of T tokens, width C, H heads, V tokens):
 * <ul>
 * <li>{@code embed.out} [B·T, C]: token plus position embedding;
 * <li>{@code h.l.resid_pre} [B·T, C]: the block's input, the residual stream;
 * <li>{@code h.l.ln_1.out}, {@code h.l.attn.qkv} [B·T, 3C] (queries, keys, values side by side);
 * <li>{@code h.l.attn.probs} [B, H, T, T]: attention weights (record only; a cached step has none);
 * <li>{@code h.l.attn.heads} [B·T, C]: every head's output side by side, before c_proj, and
 *     {@code h.l.attn.head.k} [B·T, C/H], head k's columns of it;
 * <li>{@code h.l.attn.out} [B·T, C]: attention after c_proj, what it adds to the stream;
 * <li>{@code h.l.resid_mid} [B·T, C]: the stream after attention;
 * <li>{@code h.l.ln_2.out}, {@code h.l.mlp.act} [B·T, 4C] (after GELU), {@code h.l.mlp.out} [B·T, C];
 * <li>{@code h.l.resid_post} [B·T, C]: the block's output;
 * <li>{@code ln_f.out} [B·T, C] and {@code logits} [B·T, V].
 * </ul>
 * Parameters go by their GPT-2 names ({@link Gpt#parameters()}). A name pattern may use {@code *}
 * for any run of characters: {@code h.*.attn.probs} is every layer's attention weights.
 * {@link #names(GptConfig)} lists every activation name of a shape.
 *
 * <p>A trace keeps the values of the latest pass it took part in: after {@code step} calls, one
 * position's. It is not shared between threads.
 */
public final class Trace {
    private final Map<String, Pattern> recordPatterns = new LinkedHashMap<>();
    private final Map<String, UnaryOperator<Tensor>> edits = new LinkedHashMap<>();
    private final List<ParameterHook> parameterHooks = new ArrayList<>();
    private final Map<String, Tensor> recorded = new LinkedHashMap<>();
    private final Map<String, Boolean> wanted = new HashMap<>();

    private final Map<String, Matmul> matmuls = new LinkedHashMap<>();

    private record ParameterHook(String pattern, Pattern regex, UnaryOperator<Tensor> hook) {}

    /**
     * A weight's matrix product computed another way, e.g. from int8 codes: {@code x} times the weight
     * as its layer uses it (x·W for a linear layer, x·wteᵀ for the output head), plus {@code bias}
     * (null for the head). Inference only: the result need not carry a gradient.
     */
    @FunctionalInterface
    public interface Matmul {
        Tensor apply(Tensor x, Tensor bias);
    }

    private Trace() {}

    /** A trace that records every activation whose name matches one of the patterns, e.g. {@code "h.*.attn.probs"}. */
    public static Trace record(String... patterns) {
        return new Trace().andRecord(patterns);
    }

    /**
     * A trace that zeroes the named activations: {@code "h.1.attn.head.2"} removes head 2 of layer
     * 1 from its layer's output (its columns before c_proj become 0), {@code "h.0.mlp.out"} removes
     * block 0's MLP from the residual stream.
     */
    public static Trace ablate(String... names) {
        return new Trace().andAblate(names);
    }

    /** A trace that puts {@code value} in place of one activation, e.g. a residual stream recorded from another run. */
    public static Trace patch(String name, Tensor value) {
        return new Trace().andPatch(name, value);
    }

    /** A trace that swaps the parameters whose names match {@code pattern} for {@code hook(parameter)} at every use. */
    public static Trace hookParameter(String pattern, UnaryOperator<Tensor> hook) {
        return new Trace().andHookParameter(pattern, hook);
    }

    /**
     * A trace that computes the product with the weight named {@code weight} (a linear layer's, e.g.
     * {@code h.0.mlp.c_fc.weight}, or {@code wte.weight} for the output head) by {@code m} instead.
     */
    public static Trace replaceMatmul(String weight, Matmul m) {
        return new Trace().andReplaceMatmul(weight, m);
    }

    /** Also computes this weight's product by {@code m} (see {@link #replaceMatmul}). */
    public Trace andReplaceMatmul(String weight, Matmul m) {
        matmuls.put(weight, m);
        return this;
    }

    /** Also records these patterns. */
    public Trace andRecord(String... patterns) {
        for (String p : patterns) recordPatterns.put(p, glob(p));
        wanted.clear();
        return this;
    }

    /** Also zeroes these activations (see {@link #ablate}). */
    public Trace andAblate(String... names) {
        for (String n : names) edits.put(n, x -> Tensor.zeros(x.shape));
        return this;
    }

    /** Also replaces this activation by {@code value}, which must have its shape. */
    public Trace andPatch(String name, Tensor value) {
        return andReplace(name, x -> {
            if (!Arrays.equals(x.shape, value.shape)) {
                throw new IllegalArgumentException("patch for " + name + " has shape " + Arrays.toString(value.shape)
                        + " but the activation has " + Arrays.toString(x.shape) + ": record it from a run on as many tokens");
            }
            return value;
        });
    }

    /** Also replaces this activation by {@code f(activation)}; built from {@link Ops}, gradients flow through it. */
    public Trace andReplace(String name, UnaryOperator<Tensor> f) {
        edits.put(name, f);
        return this;
    }

    /** Also swaps matching parameters (see {@link #hookParameter}). */
    public Trace andHookParameter(String pattern, UnaryOperator<Tensor> hook) {
        parameterHooks.add(new ParameterHook(pattern, glob(pattern), hook));
        return this;
    }

    /** The recorded activation (current on the host), or an error naming what was recorded. */
    public Tensor get(String name) {
        Tensor t = recorded.get(name);
        if (t == null) {
            throw new IllegalArgumentException("the trace holds no " + name + "; it recorded " + recorded.keySet()
                    + (name.endsWith(".attn.probs") ? " (a cached step computes no attention weights: use forward)" : ""));
        }
        return t.host();
    }

    /** Whether an activation was recorded. */
    public boolean has(String name) {
        return recorded.containsKey(name);
    }

    /** The names recorded so far, in the order the model computed them. */
    public Set<String> recordedNames() {
        return Collections.unmodifiableSet(recorded.keySet());
    }

    /** Every activation name a GPT of this shape offers, in the order it computes them. */
    public static List<String> names(GptConfig c) {
        List<String> n = new ArrayList<>();
        n.add("embed.out");
        for (int l = 0; l < c.nLayer(); l++) {
            String p = "h." + l + ".";
            n.addAll(List.of(p + "resid_pre", p + "ln_1.out", p + "attn.qkv", p + "attn.probs", p + "attn.heads"));
            for (int k = 0; k < c.nHead(); k++) n.add(p + "attn.head." + k);
            n.addAll(List.of(p + "attn.out", p + "resid_mid", p + "ln_2.out", p + "mlp.act", p + "mlp.out", p + "resid_post"));
        }
        n.add("ln_f.out");
        n.add("logits");
        return n;
    }

    // ---- called by the model ------------------------------------------------------------------

    /** x itself when there is no trace (a null check is all an untraced pass pays), else {@link #at}. */
    static Tensor tap(Trace trace, String name, Tensor x) {
        return trace == null ? x : trace.at(name, x);
    }

    /** The parameter p when there is no trace, else whatever a hook on its name gives. */
    static Tensor param(Trace trace, String name, Tensor p) {
        return trace == null ? p : trace.parameter(name, p);
    }

    /** x·w + b, or the product a {@link Matmul} on w's name gives instead. */
    static Tensor linear(Trace trace, Tensor x, String wName, Tensor w, String bName, Tensor b) {
        if (trace != null) {
            Matmul m = trace.matmuls.get(wName);
            if (m != null) return m.apply(x, param(trace, bName, b));
        }
        return Ops.linear(x, param(trace, wName, w), param(trace, bName, b));
    }

    /** The tied head x·wteᵀ, or what a {@link Matmul} on {@code wte.weight} gives instead. */
    static Tensor unembed(Trace trace, Tensor x, Tensor wte) {
        Matmul m = trace == null ? null : trace.matmuls.get("wte.weight");
        return m != null ? m.apply(x, null) : Ops.unembed(x, wte);
    }

    /** Starts a pass: forgets the last one's values and checks that every name and pattern refers to something this model has. */
    void begin(List<String> activations, Set<String> parameters) {
        recorded.clear();
        for (String name : edits.keySet()) {
            if (!activations.contains(name) || name.endsWith(".attn.probs")) {
                throw new IllegalArgumentException("the model has no activation " + name + " to change"
                        + (name.endsWith(".attn.probs") ? " (attention weights can be recorded, not replaced: change h.l.attn.head.k)" : "")
                        + "; Trace.names(config) lists the names");
            }
        }
        for (Map.Entry<String, Pattern> p : recordPatterns.entrySet()) {
            if (activations.stream().noneMatch(p.getValue().asMatchPredicate())) {
                throw new IllegalArgumentException("no activation matches " + p.getKey() + "; Trace.names(config) lists the names, e.g. h.0.attn.probs");
            }
        }
        for (String w : matmuls.keySet()) {
            if (!parameters.contains(w) || !(w.endsWith(".weight") && (w.equals("wte.weight") || w.contains(".c_")))) {
                throw new IllegalArgumentException("no matrix product uses " + w + "; name a linear layer's weight (e.g. h.0.mlp.c_fc.weight) or wte.weight");
            }
        }
        for (ParameterHook h : parameterHooks) {
            if (parameters.stream().noneMatch(h.regex().asMatchPredicate())) {
                throw new IllegalArgumentException("no parameter matches " + h.pattern() + "; gpt.parameters() lists them, e.g. h.0.mlp.c_fc.weight");
            }
        }
    }

    /** The activation after any edit asked for, recorded if asked. */
    Tensor at(String name, Tensor x) {
        UnaryOperator<Tensor> edit = edits.get(name);
        if (edit != null) x = edit.apply(x);
        if (wants(name)) recorded.put(name, x);
        return x;
    }

    /** Records without offering a change (attention weights: changing them would not change the output). */
    void keep(String name, Tensor x) {
        if (wants(name)) recorded.put(name, x);
    }

    /** The heads' output [rows, C] of one layer, with per-head edits (prefix + k) applied, then the whole-layer ones. */
    Tensor heads(String name, String headPrefix, Tensor y, int nHead) {
        int hs = y.cols() / nHead;
        for (int k = 0; k < nHead; k++) {
            String head = headPrefix + k;
            UnaryOperator<Tensor> edit = edits.get(head);
            boolean record = wants(head);
            if (edit == null && !record) continue;
            Tensor cols = columns(y, k * hs, hs);
            if (edit != null) {
                Tensor changed = edit.apply(cols);
                if (!Arrays.equals(changed.shape, cols.shape)) {
                    throw new IllegalArgumentException(head + " must stay of shape " + Arrays.toString(cols.shape) + ", got " + Arrays.toString(changed.shape));
                }
                y = Ops.setColumns(y, k * hs, changed);
                cols = changed;
            }
            if (record) recorded.put(head, cols);
        }
        return at(name, y);
    }

    /** The parameter itself, or what a hook puts in its place. */
    Tensor parameter(String name, Tensor p) {
        for (ParameterHook h : parameterHooks) {
            if (h.regex().matcher(name).matches()) {
                Tensor q = h.hook().apply(p);
                if (!Arrays.equals(q.shape, p.shape)) {
                    throw new IllegalArgumentException("the hook on " + name + " returned shape " + Arrays.toString(q.shape) + " for " + Arrays.toString(p.shape));
                }
                return q;
            }
        }
        return p;
    }

    private boolean wants(String name) {
        Boolean w = wanted.get(name);
        if (w == null) {
            w = recordPatterns.values().stream().anyMatch(p -> p.matcher(name).matches());
            wanted.put(name, w);
        }
        return w;
    }

    /** Columns [from, from + w) of a matrix, copied (no gradient: a recorded head is for reading). */
    private static Tensor columns(Tensor y, int from, int w) {
        float[] d = y.host().data;
        int rows = y.rows(), c = y.cols();
        float[] out = new float[rows * w];
        for (int r = 0; r < rows; r++) System.arraycopy(d, r * c + from, out, r * w, w);
        return Tensor.of(out, rows, w);
    }

    /** A name pattern as a regular expression: {@code *} is any run of characters, everything else literal. */
    private static Pattern glob(String pattern) {
        String[] parts = pattern.split("\\*", -1);
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) re.append(".*");
            if (!parts[i].isEmpty()) re.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString());
    }
}
