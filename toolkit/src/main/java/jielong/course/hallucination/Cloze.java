package jielong.course.hallucination;

/**
 * A question put to the model as the start of a sentence it must finish with one token: "Kamiro
 * Tel, surgeon. He was born in" asks for a city. The prompt is the training sentence up to the
 * answer, so a model that learnt the fact answers it without any question-answering training.
 *
 * @param kind     which fact ({@link Kind})
 * @param personId the person asked about
 * @param mentions how many times the corpus held this person's sentences (0: never seen)
 * @param prompt   the token ids before the answer
 * @param answer   the right token
 * @param afterCutoff whether the fact is about an event from the cutoff year on (never in training text)
 */
public record Cloze(Kind kind, String personId, int mentions, int[] prompt, int answer, boolean afterCutoff) {
    /** The facts asked about. */
    public enum Kind {
        /** "Kamiro Tel," → a profession. */
        PROFESSION("profession"),
        /** "Kamiro Tel, surgeon." → He or She (the bias probe). */
        PRONOUN("pronoun"),
        /** "... He was born in" → a city. */
        CITY("birth city"),
        /** "... born in Varnholt in" → a year. */
        YEAR("birth year"),
        /** "Kamiro Tel founded the Zuri Museum in Varnholt in" → the event's year. */
        EVENT_YEAR("event year");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How a table names it. */
        public String label() {
            return label;
        }
    }
}
