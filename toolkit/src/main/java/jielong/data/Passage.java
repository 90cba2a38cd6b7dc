package jielong.data;

/**
 * A short text about one person or one event: the unit of training text and of retrieval.
 * {@code inTraining} is false for passages after the cutoff or about held-out people.
 */
public record Passage(String id, String text, boolean inTraining) {}
