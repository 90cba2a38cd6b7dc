package jielong.course.reasoning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jielong.engine.Tensor;
import jielong.model.CachedReader;
import jielong.model.Gpt;
import jielong.tokenize.WordTokenizer;

/**
 * Lets a trained model answer: it reads the question (after an optional prompt prefix, such as a
 * worked example), writes its most likely next token again and again (greedy decoding) until it
 * writes {@code <end>} or its context is full, and the text after its last "Answer:" is compared,
 * whole, with the right answer. Steps it writes are not checked, only the answer they lead to.
 */
public final class Solver {
    private Solver() {}

    /**
     * One problem tried.
     *
     * @param problem    the problem, with its right answer
     * @param completion everything the model wrote after the prompt
     * @param answer     what it wrote after "Answer:" ("" if it never did)
     * @param right      whether that is the right answer exactly
     */
    public record Attempt(Worked problem, String completion, String answer, boolean right) {}

    /** The model's greedy completion of {@code prompt}'s tokens, without the final {@code <end>}. */
    public static int[] complete(Gpt model, int[] prompt) {
        int room = model.config.blockSize() - prompt.length;
        if (prompt.length == 0) throw new IllegalArgumentException("the prompt needs at least one token");
        if (room < 1) {
            throw new IllegalArgumentException("a prompt of " + prompt.length + " tokens leaves no room in a context of "
                    + model.config.blockSize() + ": shorten the prompt");
        }
        int[] out = new int[room];
        int n = 0;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            CachedReader reader = new CachedReader(model);
            float[] logits = null;
            for (int t : prompt) logits = reader.accept(t);
            while (n < room) {
                int next = argmax(logits);
                if (next == WordTokenizer.END_ID) break;
                out[n++] = next;
                if (n < room) logits = reader.accept(next);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The text after the last "Answer:" of a completion, trimmed; "" when there is none. */
    public static String answerOf(String completion) {
        int at = completion.lastIndexOf(Worked.ANSWER_MARK);
        return at < 0 ? "" : completion.substring(at + Worked.ANSWER_MARK.length()).trim();
    }

    /**
     * Tries each problem, its question after {@code prefix} (a worked example, or ""). The prefix is
     * followed by {@code <end>}, as every problem is in a packed training row, so the question
     * starts where a new problem starts in training.
     */
    public static List<Attempt> attempt(Gpt model, WordTokenizer tokenizer, List<Worked> problems, String prefix) {
        List<Attempt> out = new ArrayList<>(problems.size());
        int[] before = prefix.isEmpty() ? new int[0] : tokenizer.encode(prefix);
        for (Worked p : problems) {
            int[] question = tokenizer.encode(p.question());
            int[] prompt = before.length == 0 ? question : new int[before.length + 1 + question.length];
            if (before.length > 0) {
                System.arraycopy(before, 0, prompt, 0, before.length);
                prompt[before.length] = WordTokenizer.END_ID;
                System.arraycopy(question, 0, prompt, before.length + 1, question.length);
            }
            String completion = tokenizer.decode(complete(model, prompt));
            String answer = answerOf(completion);
            out.add(new Attempt(p, completion, answer, answer.equals(p.answer())));
        }
        return out;
    }

    /** The share of problems answered exactly right, 0 to 1. */
    public static double accuracy(Gpt model, WordTokenizer tokenizer, List<Worked> problems, String prefix) {
        if (problems.isEmpty()) throw new IllegalArgumentException("give at least one problem to score");
        return attempt(model, tokenizer, problems, prefix).stream().filter(Attempt::right).count() / (double) problems.size();
    }

    private static int argmax(float[] logits) {
        int best = 0;
        for (int k = 1; k < logits.length; k++) if (logits[k] > logits[best]) best = k;
        return best;
    }
}
