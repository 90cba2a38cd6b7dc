package jielong.course.hallucination;

/**
 * The model's answer to one {@link Cloze}: its most likely next token, and that token's probability.
 *
 * @param cloze      the question
 * @param logits     the model's logits for the answer position, one per token of the vocabulary
 * @param predicted  the most likely token (greedy decoding's answer)
 * @param confidence its probability under the softmax of the logits
 * @param wellFormed whether it is an answer of the right kind (a city where a city was asked for)
 */
public record Answer(Cloze cloze, float[] logits, int predicted, double confidence, boolean wellFormed) {
    /** Whether the answer is the right one. */
    public boolean correct() {
        return predicted == cloze.answer();
    }
}
