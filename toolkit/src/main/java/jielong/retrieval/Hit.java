package jielong.retrieval;

/** A passage a retriever found: its id (what an answer cites), its BM25 score, and its text. */
public record Hit(String id, double score, String text) {}
