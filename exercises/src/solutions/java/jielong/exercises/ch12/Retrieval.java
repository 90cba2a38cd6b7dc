package jielong.exercises.ch12;

import java.util.List;

/** Reference solutions of notebook 12's exercises. */
public final class Retrieval {
    private Retrieval() {}

    public static double idf(int documents, int containing) {
        return Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));
    }

    public static double bm25(List<List<String>> documents, List<String> query, int doc) {
        double k1 = 1.2, b = 0.75;
        double avgdl = documents.stream().mapToInt(List::size).average().orElse(0);
        List<String> d = documents.get(doc);
        double score = 0;
        for (String t : query) {
            int f = 0;
            for (String w : d) if (w.equals(t)) f++;
            if (f == 0) continue;
            int n = 0;
            for (List<String> other : documents) if (other.contains(t)) n++;
            score += idf(documents.size(), n) * f / (f + k1 * (1 - b + b * d.size() / avgdl));
        }
        return score;
    }

    public static double recallAtK(List<List<String>> retrieved, List<String> relevant, int k) {
        int found = 0;
        for (int i = 0; i < relevant.size(); i++) {
            List<String> top = retrieved.get(i).subList(0, Math.min(k, retrieved.get(i).size()));
            if (top.contains(relevant.get(i))) found++;
        }
        return (double) found / relevant.size();
    }

    public static String ragPrompt(String passage, String question) {
        return "Context: " + passage + "\nQ: " + question + "\nA: ";
    }
}
