package jielong.exercises.ch12;

import java.util.List;

/**
 * Exercises of notebook 12, knowledge bases and retrieval: BM25's weight of a rare word, BM25's
 * score of a document for a query, the retriever's recall at k, and the prompt that hands the model
 * a retrieved passage.
 */
public final class Retrieval {
    private Retrieval() {}

    /**
     * Exercise 1: BM25's inverse document frequency of a term that {@code containing} of
     * {@code documents} documents contain: ln(1 + (N − n + 0.5) / (n + 0.5)), in nats.
     */
    public static double idf(int documents, int containing) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 12, exercise 1");
    }

    /**
     * Exercise 2: the BM25 score of document {@code doc} of {@code documents} (each a list of terms)
     * for the query's terms, with k1 = 1.2 and b = 0.75, in the form the notebook gives: the sum over
     * the query's terms (a repeated query term counts each time) of
     * idf · f / (f + k1 · (1 − b + b · |d| / avgdl)).
     */
    public static double bm25(List<List<String>> documents, List<String> query, int doc) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 12, exercise 2");
    }

    /**
     * Exercise 3: recall at k. {@code retrieved.get(i)} is the ranked list of passage ids the
     * retriever returned for question i, {@code relevant.get(i)} the id of the passage that answers it.
     * Return the share of questions whose passage is among the first k retrieved.
     */
    public static double recallAtK(List<List<String>> retrieved, List<String> relevant, int k) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 12, exercise 3");
    }

    /**
     * Exercise 4: the retrieval prompt in the format the model was trained to read:
     * {@code "Context: <passage>\nQ: <question>\nA: "}.
     */
    public static String ragPrompt(String passage, String question) {
        // TODO
        throw new UnsupportedOperationException("not implemented yet: see notebook 12, exercise 4");
    }
}
