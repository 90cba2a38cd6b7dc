package jielong.engine;

/**
 * Elementwise functions y = f(x), each written with its derivative beside it, micrograd-style.
 * The derivative may use the output y as well as the input x (exp's derivative is y itself).
 * Adding one here and a one-line method in {@link Ops} is all a new elementwise op needs: every
 * backend runs it through {@link Backend#unary}.
 *
 * <p>StrictMath, not Math: its results are the same bits on every JVM and before and after the
 * JIT compiles the loop, so training stays exactly resumable.
 */
public enum Unary {
    EXP {
        float f(float x) { return (float) StrictMath.exp(x); }
        float df(float x, float y) { return y; }
    },
    LOG {
        float f(float x) { return (float) StrictMath.log(x); }
        float df(float x, float y) { return 1f / x; }
    },
    RELU {
        float f(float x) { return x > 0 ? x : 0f; }
        float df(float x, float y) { return x > 0 ? 1f : 0f; }
    },
    TANH {
        float f(float x) { return (float) StrictMath.tanh(x); }
        float df(float x, float y) { return 1f - y * y; }
    },
    SIGMOID {
        float f(float x) { return (float) (1 / (1 + StrictMath.exp(-x))); }
        float df(float x, float y) { return y * (1f - y); }
    },
    /** log σ(x) = −log(1 + e^−x), computed without overflow: DPO's and the reward model's loss. */
    LOG_SIGMOID {
        float f(float x) { return (float) (Math.min(x, 0) - StrictMath.log1p(StrictMath.exp(-Math.abs(x)))); }
        float df(float x, float y) { return (float) (1 / (1 + StrictMath.exp(x))); } // 1 − σ(x) = σ(−x)
    },
    SQUARE {
        float f(float x) { return x * x; }
        float df(float x, float y) { return 2f * x; }
    };

    /** The function at x. */
    abstract float f(float x);

    /** dy/dx at x, where y = f(x). */
    abstract float df(float x, float y);

    /** The op's name in the graph and in error messages: exp, log, relu, ... */
    public String opName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace("_s", "S");
    }
}
