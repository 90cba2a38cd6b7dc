package jielong.rules;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One statement in a rule system's working memory: a predicate and its arguments, written as
 * {@code threat(O, 2)}. Two facts are the same when predicate and arguments are equal.
 *
 * @param predicate what the fact says, e.g. "empty"
 * @param args      what it says it of (numbers or words)
 */
public record Fact(String predicate, List<Object> args) {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    public Fact {
        if (predicate == null || !WORD.matcher(predicate).matches()) {
            throw new IllegalArgumentException("a predicate is a word of letters, digits, '-' or '_', starting with a letter; got '" + predicate + "'");
        }
        args = List.copyOf(args);
    }

    /** {@code Fact.of("mark", 4, "X")} is mark(4, X). */
    public static Fact of(String predicate, Object... args) {
        return new Fact(predicate, List.of(args));
    }

    /** The i-th argument as a number. */
    public int intArg(int i) {
        if (!(args.get(i) instanceof Integer n)) throw new IllegalArgumentException(this + ": argument " + i + " is not a number");
        return n;
    }

    @Override
    public String toString() {
        return predicate + "(" + args.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
