package jielong.course.rag;

import java.util.List;

import jielong.api.CompletionModel;
import jielong.api.CompletionOptions;
import jielong.data.QaMixture;
import jielong.retrieval.Hit;
import jielong.retrieval.Retriever;

/**
 * Retrieval-augmented generation in its plainest form: find the best passage for the question, put
 * it in the prompt under {@code Context:} (the format the model was trained to read), and let the
 * model answer; the answer cites the passage it was given.
 */
public final class Rag {
    private Rag() {}

    /** An answer and the ids of the passages it was given to read (empty: answered from memory). */
    public record Answer(String text, List<String> citations) {
        @Override
        public String toString() {
            return citations.isEmpty() ? text : text + " [" + String.join(", ", citations) + "]";
        }
    }

    /** The model's answer from memory: the question alone, in the training format. */
    public static Answer closedBook(CompletionModel model, String question) {
        return new Answer(model.text(QaMixture.prompt(question), CompletionOptions.answer()).strip(), List.of());
    }

    /** The answer with the retriever's best passage in the prompt, cited; from memory when nothing matches. */
    public static Answer withRetrieval(CompletionModel model, Retriever retriever, String question) {
        List<Hit> hits = retriever.search(question, 1);
        if (hits.isEmpty()) return closedBook(model, question);
        Hit best = hits.get(0);
        String prompt = QaMixture.readingPrompt(best.text(), question);
        if (prompt.length() > model.contextLength()) { // keep the question whole: cut the passage's end
            int over = prompt.length() - model.contextLength();
            prompt = QaMixture.readingPrompt(best.text().substring(0, Math.max(0, best.text().length() - over)), question);
        }
        return new Answer(model.text(prompt, CompletionOptions.answer()).strip(), List.of(best.id()));
    }
}
