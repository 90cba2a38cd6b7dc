package jielong.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Okapi BM25 (Robertson and Zaragoza 2009), in the form Lucene uses: a document's score for a query
 * is the sum, over the query's terms t, of
 * <pre>
 *   idf(t) · f / (f + k1 · (1 − b + b · |d| / avgdl)),   idf(t) = ln(1 + (N − n(t) + 0.5) / (n(t) + 0.5))
 * </pre>
 * where f is how often t occurs in the document, |d| the document's length in terms, avgdl the mean
 * length, N the number of documents and n(t) how many contain t. A rare term counts for more (idf); a
 * repeated term counts for less each time (f saturates, at a rate k1); a long document is discounted
 * (by b). Terms are the lower-cased runs of letters and digits, as Lucene's standard analyser makes
 * them for plain English text.
 */
public final class Bm25 implements Retriever {
    /** Lucene's defaults: how fast a term's count saturates, and how much length is discounted. */
    public static final double K1 = 1.2, B = 0.75;

    private final List<String> ids = new ArrayList<>(), texts = new ArrayList<>();
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private long totalLength;
    private final double k1, b;

    /** An empty index with Lucene's defaults. */
    public Bm25() {
        this(K1, B);
    }

    /** An empty index with given k1 (≥ 0) and b (in [0, 1]). */
    public Bm25(double k1, double b) {
        if (!(k1 >= 0) || !(b >= 0 && b <= 1)) throw new IllegalArgumentException("BM25 needs k1 ≥ 0 and b in [0, 1], got k1 " + k1 + ", b " + b);
        this.k1 = k1;
        this.b = b;
    }

    /** The terms of a text: lower-cased runs of letters and digits. */
    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) if (!t.isEmpty()) out.add(t);
        return out;
    }

    /** Adds a document. */
    public Bm25 add(String id, String text) {
        Map<String, Integer> c = new HashMap<>();
        List<String> t = terms(text);
        for (String term : t) c.merge(term, 1, Integer::sum);
        for (String term : c.keySet()) documentFrequency.merge(term, 1, Integer::sum);
        ids.add(id);
        texts.add(text);
        counts.add(c);
        lengths.add(t.size());
        totalLength += t.size();
        return this;
    }

    /** Documents indexed. */
    public int size() {
        return ids.size();
    }

    /** Inverse document frequency of a term, ln(1 + (N − n + 0.5) / (n + 0.5)), nats. */
    public double idf(String term) {
        int n = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (size() - n + 0.5) / (n + 0.5));
    }

    /** The mean document length, terms. */
    public double averageLength() {
        return (double) totalLength / size();
    }

    /** The score of document {@code i} for the query. */
    public double score(String query, int i) {
        double s = 0;
        double norm = k1 * (1 - b + b * lengths.get(i) / averageLength());
        for (String t : terms(query)) {
            int f = counts.get(i).getOrDefault(t, 0);
            if (f > 0) s += idf(t) * f / (f + norm);
        }
        return s;
    }

    /** Every document with a score above 0, best first (ties in the order added). */
    @Override
    public List<Hit> search(String query, int k) {
        if (k < 1) throw new IllegalArgumentException("ask for at least 1 passage, got k = " + k);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            double s = score(query, i);
            if (s > 0) hits.add(new Hit(ids.get(i), s, texts.get(i)));
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
    }
}
