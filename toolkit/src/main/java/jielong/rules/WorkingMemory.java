package jielong.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facts a rule system knows, in the order they were added, looked up by predicate. */
public final class WorkingMemory {
    private final Set<Fact> facts = new LinkedHashSet<>();
    private final Map<String, List<Fact>> byPredicate = new LinkedHashMap<>();

    WorkingMemory(Collection<Fact> given) {
        given.forEach(this::add);
    }

    boolean add(Fact f) {
        if (!facts.add(f)) return false;
        byPredicate.computeIfAbsent(f.predicate(), k -> new ArrayList<>()).add(f);
        return true;
    }

    /** True when the fact is known. */
    public boolean has(Fact f) {
        return facts.contains(f);
    }

    /** The known facts with this predicate, oldest first. */
    public List<Fact> with(String predicate) {
        List<Fact> f = byPredicate.get(predicate);
        return f == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(f));
    }

    /** Every known fact, oldest first. */
    public List<Fact> all() {
        return List.copyOf(facts);
    }

    /** How many facts are known. */
    public int size() {
        return facts.size();
    }
}
