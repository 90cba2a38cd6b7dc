package jielong.data;

import java.util.List;

/**
 * A question about the fact world with its gold answer and the passages that support it.
 * {@code kind} is "seen" (answerable from training text), "after-cutoff" or "unseen-entity".
 */
public record Question(String id, String question, String answer, List<String> passageIds, String kind) {
    /** Kind of a question whose answer is in the training text. */
    public static final String SEEN = "seen";
    /** Kind of a question about an event after the training cutoff. */
    public static final String AFTER_CUTOFF = "after-cutoff";
    /** Kind of a question about a person the training text never mentions. */
    public static final String UNSEEN_ENTITY = "unseen-entity";
}
