package jielong.rules;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A named if-then rule: it reads working memory and concludes new facts, each with the facts it
 * rests on, so that every conclusion can be explained. A rule concludes nothing it cannot support.
 *
 * @param name        short and readable, shown in explanations: "block a line"
 * @param description the rule in a sentence: "if the opponent has two in a line and the third square is empty, ..."
 * @param body        the rule's test and conclusions on the current memory
 */
public record Rule(String name, String description, Function<WorkingMemory, List<Conclusion>> body) {
    public Rule {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a rule needs a name, shown when it explains a conclusion");
        Objects.requireNonNull(body, "rule '" + name + "' has no body");
    }

    /**
     * What one firing of a rule concludes.
     *
     * @param fact    the new fact
     * @param because the facts it rests on (given or concluded earlier)
     */
    public record Conclusion(Fact fact, List<Fact> because) {
        public Conclusion {
            because = List.copyOf(because);
        }
    }

    /** A conclusion of {@code fact} because of {@code premises}. */
    public static Conclusion conclude(Fact fact, Fact... premises) {
        return new Conclusion(fact, List.of(premises));
    }
}
