package jielong.data;

/** One entry of a modular arithmetic table: (a op b) mod p = result, op one of + - * /. */
public record ModularFact(int a, char op, int b, int p, int result) {
    /** "12+90=5": the form used in the grokking lesson (mod p is implied). */
    public String text() {
        return a + String.valueOf(op) + b + "=" + result;
    }

    @Override
    public String toString() {
        return "(" + a + " " + op + " " + b + ") mod " + p + " = " + result;
    }
}
