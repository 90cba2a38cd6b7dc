package jielong.course.hallucination;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jielong.data.Biographies;
import jielong.data.Biography;

/**
 * Looking an answer up in the training text, which the model itself cannot do: the lines that name
 * the person and the answer together. A model's weights mix every line it read; only a search of
 * the corpus (or retrieval, lesson 12) can point to where a fact came from.
 */
public final class Sources {
    private final Map<String, Biography> people;
    private final FactTokenizer tok;

    /** A lookup over the training lines of {@code corpus}. */
    public Sources(Biographies corpus, FactTokenizer tok) {
        this.people = corpus.byPerson();
        this.tok = tok;
    }

    /** The distinct training lines that name the answer's person and contain its predicted token's text. */
    public List<String> supporting(Answer a) {
        Biography b = people.get(a.cloze().personId());
        if (b == null || b.mentions() == 0) return List.of();
        String said = tok.token(a.predicted());
        Set<String> lines = new LinkedHashSet<>();
        if (b.text().contains(said)) lines.add(b.text());
        for (String e : b.events()) if (e.contains(said)) lines.add(e);
        return List.copyOf(lines);
    }
}
