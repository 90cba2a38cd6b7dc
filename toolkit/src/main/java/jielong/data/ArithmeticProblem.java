package jielong.data;

import java.util.List;

/**
 * A multi-digit sum or product ({@code op} is '+' or '*') with the working a pupil writes down:
 * column sums with carries, or partial products and their total.
 */
public record ArithmeticProblem(String left, char op, String right, int digits, List<String> working, String answer) {
    /** "347+589=": what a model is given. */
    public String prompt() {
        return left + op + right + "=";
    }

    /** "347+589=936": the problem and its answer, no working. */
    public String text() {
        return prompt() + answer;
    }

    /** "347+589: 7+9=16, 4+8+1=13, 3+5+1=9, so 347+589=936": working first, then the answer. */
    public String workedText() {
        return left + op + right + ": " + String.join(", ", working) + ", so " + text();
    }

    @Override
    public String toString() {
        return workedText();
    }
}
