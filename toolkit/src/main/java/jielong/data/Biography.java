package jielong.data;

import java.util.List;

/**
 * One person of the fact world as a biography corpus tells of them: the sentences about them and
 * how many times the corpus repeats them (0 for a held-out person, who is never in training text).
 *
 * @param person   the person
 * @param pronoun  "he" or "she"
 * @param mentions times the corpus holds these sentences
 * @param text     the biography: "Kamiro Tel, baker. She was born in Varnholt in 1950."
 * @param events   one sentence per event before the cutoff: "Kamiro Tel founded the Zuri Museum in Varnholt in 1987."
 */
public record Biography(Person person, String pronoun, int mentions, String text, List<String> events) {
    public Biography {
        events = List.copyOf(events);
    }
}
