package jielong.exercises.ch13;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Reference solutions of notebook 13's exercises. */
public final class Agents {
    private Agents() {}

    public static String majorityVote(List<String> answers) {
        if (answers.isEmpty()) throw new IllegalArgumentException("a vote needs at least one answer");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String a : answers) counts.merge(a.strip(), 1, Integer::sum);
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private static final Map<String, String> KIND = Map.of("m", "length", "km", "length", "s", "time", "min", "time", "h", "time",
            "m/s", "speed", "km/h", "speed");
    private static final Map<String, Double> SI = Map.of("m", 1.0, "km", 1000.0, "s", 1.0, "min", 60.0, "h", 3600.0,
            "m/s", 1.0, "km/h", 1000.0 / 3600);

    public static double convert(double value, String from, String to) {
        if (!KIND.containsKey(from) || !KIND.containsKey(to)) throw new IllegalArgumentException("unknown unit: " + from + " or " + to);
        if (!KIND.get(from).equals(KIND.get(to))) throw new IllegalArgumentException("cannot convert " + from + " to " + to);
        return value * SI.get(from) / SI.get(to);
    }

    public static double calculate(String expression) {
        Parser p = new Parser(expression.replace(" ", ""));
        double v = p.sum();
        if (p.at != p.s.length()) throw new IllegalArgumentException("unexpected text at " + p.at + " in " + expression);
        return v;
    }

    private static final class Parser {
        final String s;
        int at;

        Parser(String s) {
            this.s = s;
        }

        double sum() {
            double v = product();
            while (at < s.length() && (s.charAt(at) == '+' || s.charAt(at) == '-')) v = s.charAt(at++) == '+' ? v + product() : v - product();
            return v;
        }

        double product() {
            double v = factor();
            while (at < s.length() && (s.charAt(at) == '*' || s.charAt(at) == '/')) v = s.charAt(at++) == '*' ? v * factor() : v / factor();
            return v;
        }

        double factor() {
            if (at < s.length() && s.charAt(at) == '-') {
                at++;
                return -factor();
            }
            if (at < s.length() && s.charAt(at) == '(') {
                at++;
                double v = sum();
                if (at >= s.length() || s.charAt(at) != ')') throw new IllegalArgumentException("missing ) in " + s);
                at++;
                return v;
            }
            int start = at;
            while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) at++;
            if (start == at) throw new IllegalArgumentException("expected a number at " + at + " in " + s);
            return Double.parseDouble(s.substring(start, at));
        }
    }

    public static String dispatch(String call, Map<String, UnaryOperator<String>> tools) {
        int open = call.indexOf('('), close = call.lastIndexOf(')');
        if (open < 1 || close != call.length() - 1) throw new IllegalArgumentException("not a tool call name(input): " + call);
        UnaryOperator<String> tool = tools.get(call.substring(0, open));
        if (tool == null) throw new IllegalArgumentException("no tool named " + call.substring(0, open) + " for the call " + call);
        return tool.apply(call.substring(open + 1, close));
    }
}
