package jielong.retrieval;

import java.util.List;

/** Anything that ranks stored passages for a query. */
public interface Retriever {
    /** The {@code k} best passages for the query, best first (fewer when fewer match at all). */
    List<Hit> search(String query, int k);
}
