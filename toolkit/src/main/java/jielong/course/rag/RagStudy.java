package jielong.course.rag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jielong.api.CompletionModel;
import jielong.data.Passage;
import jielong.data.QaMixture;
import jielong.data.Question;
import jielong.retrieval.Hit;
import jielong.retrieval.LuceneIndex;
import jielong.retrieval.Retriever;
import jielong.viz.BarPlot;
import jielong.viz.Plot;

/**
 * The lesson's measurements on the QA model's fact world: every passage of the world indexed (those
 * the model trained on, and those it never saw), the questions grouped by how often their fact was
 * in the training text, each asked closed-book and with retrieval.
 */
public final class RagStudy {
    private RagStudy() {}

    /** The world's passages in a Lucene index: the knowledge base. */
    public static LuceneIndex index(QaMixture mixture) {
        LuceneIndex index = new LuceneIndex();
        for (Passage p : mixture.world().passages()) index.add(p.id(), p.text());
        return index;
    }

    /** The questions by group: "seen 1×", "seen 10×", "seen 100×", then "after the cutoff" and "unseen person" (never in training). */
    public static Map<String, List<Question>> groups(QaMixture mixture) {
        Map<String, List<Question>> g = new LinkedHashMap<>();
        for (int c : QaMixture.COPIES) {
            g.put("seen " + c + "×", mixture.world().questions(Question.SEEN).stream().filter(q -> mixture.copies().get(q.id()) == c).toList());
        }
        g.put("after the cutoff", mixture.world().questions(Question.AFTER_CUTOFF));
        g.put("unseen person", mixture.world().questions(Question.UNSEEN_ENTITY));
        return g;
    }

    /** One group's accuracies, and the share of its questions whose own passage the retriever put first. */
    public record Row(String group, int questions, int closedBook, int withRetrieval, int retrievedRight) {
        public double closedBookAccuracy() {
            return (double) closedBook / questions;
        }

        public double retrievalAccuracy() {
            return (double) withRetrieval / questions;
        }

        public double recallAt1() {
            return (double) retrievedRight / questions;
        }
    }

    /** Asks every question of every group both ways (greedy answers, exact match). */
    public static List<Row> compare(CompletionModel model, Retriever retriever, Map<String, List<Question>> groups) {
        List<Row> rows = new ArrayList<>();
        groups.forEach((name, questions) -> {
            int closed = 0, open = 0, right = 0;
            for (Question q : questions) {
                if (Rag.closedBook(model, q.question()).text().equals(q.answer())) closed++;
                Rag.Answer a = Rag.withRetrieval(model, retriever, q.question());
                if (a.text().equals(q.answer())) open++;
                if (a.citations().equals(q.passageIds())) right++;
            }
            rows.add(new Row(name, questions.size(), closed, open, right));
        });
        return rows;
    }

    /** The share of questions whose supporting passage is among the retriever's first k, for each k. */
    public static double[] recallAtK(Retriever retriever, List<Question> questions, int[] ks) {
        int most = 0;
        for (int k : ks) most = Math.max(most, k);
        double[] recall = new double[ks.length];
        for (Question q : questions) {
            List<Hit> hits = retriever.search(q.question(), most);
            for (int j = 0; j < ks.length; j++) {
                for (int i = 0; i < Math.min(ks[j], hits.size()); i++) {
                    if (q.passageIds().contains(hits.get(i).id())) {
                        recall[j]++;
                        break;
                    }
                }
            }
        }
        for (int j = 0; j < ks.length; j++) recall[j] /= questions.size();
        return recall;
    }

    /** Closed-book against retrieval, one pair of bars per group. */
    public static BarPlot plot(List<Row> rows) {
        List<String> names = rows.stream().map(r -> r.group() + " (" + r.questions() + ")").toList();
        return Plot.bars("Answers from memory and from a retrieved passage").axes("questions, by how often the model saw the fact", "share answered exactly")
                .series("closed book", names, rows.stream().mapToDouble(Row::closedBookAccuracy).toArray())
                .series("with retrieval (top passage)", names, rows.stream().mapToDouble(Row::retrievalAccuracy).toArray());
    }
}
