package jielong.engine;

/**
 * Elementwise functions y = f(a, b) of two tensors, each with its two partial derivatives beside
 * it. {@link Backend#binary} applies them with broadcasting: an operand smaller than the result
 * (a row vector matching the last dimension, or a single value) repeats along it, and its
 * gradient is summed over the repeats.
 */
public enum Binary {
    ADD {
        float f(float a, float b) { return a + b; }
        float da(float a, float b, float y) { return 1f; }
        float db(float a, float b, float y) { return 1f; }
    },
    SUB {
        float f(float a, float b) { return a - b; }
        float da(float a, float b, float y) { return 1f; }
        float db(float a, float b, float y) { return -1f; }
    },
    MUL {
        float f(float a, float b) { return a * b; }
        float da(float a, float b, float y) { return b; }
        float db(float a, float b, float y) { return a; }
    },
    DIV {
        float f(float a, float b) { return a / b; }
        float da(float a, float b, float y) { return 1f / b; }
        float db(float a, float b, float y) { return -y / b; } // −a/b² = −y/b
    };

    /** The function at (a, b). */
    abstract float f(float a, float b);

    /** ∂y/∂a at (a, b), where y = f(a, b). */
    abstract float da(float a, float b, float y);

    /** ∂y/∂b at (a, b), where y = f(a, b). */
    abstract float db(float a, float b, float y);

    /** The op's name in the graph and in error messages: add, sub, mul, div. */
    public String opName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
