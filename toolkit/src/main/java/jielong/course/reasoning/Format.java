package jielong.course.reasoning;

import java.util.ArrayList;
import java.util.List;

import jielong.tokenize.WordTokenizer;
import jielong.train.Examples;

/**
 * How a problem is written for training: the answer straight after the question, or the written
 * steps and then the answer (chain of thought, 思维链). Either way the question is the prompt and
 * the loss counts only what follows it, the answer (and the steps), ended by {@link WordTokenizer#END}.
 */
public enum Format {
    /** "question Answer: 46 km": what most text on the web looks like, the result without the working. */
    ANSWER_ONLY("answer only"),
    /** "question step step ... Answer: 46 km": the working written out before the result. */
    STEPS("steps, then answer");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    /** A name for tables and legends. */
    public String label() {
        return label;
    }

    /** One training example: the question's tokens as prompt, the completion and {@code <end>} as answer tokens. */
    public Examples.Example example(WordTokenizer tokenizer, Worked problem) {
        int[] prompt = tokenizer.encode(problem.question());
        int[] completion = tokenizer.encode(problem.completion(this));
        int[] answer = java.util.Arrays.copyOf(completion, completion.length + 1);
        answer[completion.length] = WordTokenizer.END_ID;
        return Examples.Example.of(prompt, answer);
    }

    /** Every problem as a training example, in order. */
    public List<Examples.Example> examples(WordTokenizer tokenizer, List<Worked> problems) {
        List<Examples.Example> out = new ArrayList<>(problems.size());
        for (Worked p : problems) out.add(example(tokenizer, p));
        return out;
    }

    /** A run id's word for the format: {@code answer-only} or {@code steps}. */
    public String id() {
        return this == STEPS ? "steps" : "answer-only";
    }
}
