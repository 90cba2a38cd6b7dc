package jielong.course.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jielong.api.CompletionModel;
import jielong.api.CompletionOptions;
import jielong.data.QaMixture;
import jielong.data.Question;

/**
 * The same question in several wordings: the training format and paraphrases a person might write.
 * A small model matches the surface of its training text, so the wording alone changes its accuracy.
 */
public final class Formats {
    private Formats() {}

    /** A way to turn a question into a prompt. */
    public record Template(String name, UnaryOperator<String> render) {
        public String prompt(String question) {
            return render.apply(question);
        }
    }

    /** The training format first, then three paraphrases of it. */
    public static List<Template> templates() {
        return List.of(
                new Template("training format: Q: ... A:", QaMixture::prompt),
                new Template("Question: ... Answer:", q -> "Question: " + q + "\nAnswer: "),
                new Template("lower case q: ... a:", q -> "q: " + q + "\na: "),
                new Template("question alone", q -> q + "\n"));
    }

    /** One template's result on a question set. */
    public record Result(String template, int correct, int asked) {
        public double accuracy() {
            return (double) correct / asked;
        }
    }

    /** Exact-match accuracy of the model on the questions under each template (greedy, one line). */
    public static List<Result> compare(CompletionModel model, List<Question> questions, List<Template> templates) {
        List<Result> out = new ArrayList<>();
        for (Template t : templates) {
            int ok = 0;
            for (Question q : questions) {
                if (model.text(t.prompt(q.question()), CompletionOptions.answer()).strip().equals(q.answer())) ok++;
            }
            out.add(new Result(t.name(), ok, questions.size()));
        }
        return out;
    }
}
