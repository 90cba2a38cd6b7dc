package jielong.agent;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A calculator tool: {@code + − * /} (also {@code × ÷}), parentheses and decimals, with the usual
 * precedence, read by recursive descent (expression = term {± term}, term = factor {×÷ factor},
 * factor = number | −factor | (expression)). Sums and products are exact decimals; a quotient is
 * carried to 16 significant digits; the answer is shown to {@link #SHOWN_DIGITS} significant digits.
 */
public final class Calculator implements Tool {
    /** Significant digits of the text {@link #call} returns. */
    public static final int SHOWN_DIGITS = 12;
    private static final MathContext DIVISION = MathContext.DECIMAL64;

    @Override
    public String name() {
        return "calculator";
    }

    @Override
    public String description() {
        return "arithmetic with + - * / and parentheses, e.g. 75*50/60";
    }

    @Override
    public String call(String input) {
        return show(evaluate(input));
    }

    /** The value of an expression; a malformed one is an {@link IllegalArgumentException} saying where. */
    public static BigDecimal evaluate(String expression) {
        if (expression == null || expression.isBlank()) throw new IllegalArgumentException("the calculator needs an expression, e.g. 34+58");
        Parser p = new Parser(expression.replace('×', '*').replace('÷', '/').replace('−', '-'));
        BigDecimal v = p.expression();
        p.skipSpaces();
        if (p.at < p.text.length()) throw p.error("unexpected '" + p.text.charAt(p.at) + "'");
        return v;
    }

    /** A number as the tools show it: at most {@link #SHOWN_DIGITS} significant digits, no trailing zeros, no exponent. */
    public static String show(BigDecimal value) {
        BigDecimal v = value.round(new MathContext(SHOWN_DIGITS)).stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    private static final class Parser {
        final String text;
        int at;

        Parser(String text) {
            this.text = text;
        }

        BigDecimal expression() {
            BigDecimal v = term();
            for (char c = peek(); c == '+' || c == '-'; c = peek()) {
                at++;
                v = c == '+' ? v.add(term()) : v.subtract(term());
            }
            return v;
        }

        BigDecimal term() {
            BigDecimal v = factor();
            for (char c = peek(); c == '*' || c == '/'; c = peek()) {
                at++;
                BigDecimal right = factor();
                if (c == '*') {
                    v = v.multiply(right);
                } else {
                    if (right.signum() == 0) throw error("division by zero");
                    v = v.divide(right, DIVISION);
                }
            }
            return v;
        }

        BigDecimal factor() {
            char c = peek();
            if (c == '-') {
                at++;
                return factor().negate();
            }
            if (c == '(') {
                at++;
                BigDecimal v = expression();
                if (peek() != ')') throw error("a '(' is never closed");
                at++;
                return v;
            }
            int start = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) at++;
            if (start == at) throw error(at < text.length() ? "expected a number at '" + text.charAt(at) + "'" : "expected a number at the end");
            try {
                return new BigDecimal(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("'" + text.substring(start, at) + "' is not a number");
            }
        }

        char peek() {
            skipSpaces();
            return at < text.length() ? text.charAt(at) : '\0';
        }

        void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') at++;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("cannot calculate \"" + text + "\": " + what + " (at character " + (at + 1) + ")");
        }
    }
}
