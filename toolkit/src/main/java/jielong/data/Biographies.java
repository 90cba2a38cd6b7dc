package jielong.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A biography corpus drawn from a {@link FactWorld}, for lessons on what a model can know: each
 * person's sentences appear a skewed number of times ({@link Mentions#zipf}: most people once, a few
 * dozens of times), held-out people and events from the cutoff year on never appear, and one
 * profession's pronoun is skewed ({@link #SKEWED_SHARE} "he" among {@link #SKEWED_PROFESSION}s,
 * half and half elsewhere), so a model's bias can be set beside its data's.
 *
 * @param world   the world the people come from
 * @param entries one biography per person, in world order
 */
public record Biographies(FactWorld world, List<Biography> entries) {
    /** Zipf exponent of the mention counts. */
    public static final double MENTION_EXPONENT = 2.0;
    /** The most times one person is mentioned. */
    public static final int MAX_MENTIONS = 40;
    /** The profession whose pronoun is skewed. */
    public static final String SKEWED_PROFESSION = "surgeon";
    /** Share of "he" among surgeons; every other profession is half and half. */
    public static final double SKEWED_SHARE = 0.8;

    public Biographies {
        entries = List.copyOf(entries);
    }

    /** The world {@code FactWorld.generate(seed, people)} with mentions and pronouns drawn from {@code seed} too. */
    public static Biographies generate(long seed, int people) {
        FactWorld world = FactWorld.generate(seed, people);
        Random random = new Random(seed * 0x5DEECE66DL + 11); // a stream of its own, so the world stays FactWorld's
        int[] mentions = Mentions.zipf(random, people, MENTION_EXPONENT, MAX_MENTIONS);
        var eventsOf = world.events().stream().filter(e -> e.year() < world.cutoffYear())
                .collect(Collectors.groupingBy(WorldEvent::personId));
        List<Biography> entries = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Person p = world.people().get(i);
            double he = p.profession().equals(SKEWED_PROFESSION) ? SKEWED_SHARE : 0.5;
            String pronoun = random.nextDouble() < he ? "he" : "she";
            String text = p.name() + ", " + p.profession() + ". " + capital(pronoun) + " was born in "
                    + p.birthCity() + " in " + p.birthYear() + ".";
            List<String> events = eventsOf.getOrDefault(p.id(), List.of()).stream()
                    .map(e -> p.name() + " " + e.verb() + " " + e.landmark() + " in " + e.city() + " in " + e.year() + ".")
                    .toList();
            entries.add(new Biography(p, pronoun, p.heldOut() ? 0 : mentions[i], text, events));
        }
        return new Biographies(world, entries);
    }

    /** The training text: each biography's lines (the biography, then its events) {@code mentions} times, one per line. */
    public String trainingText() {
        StringBuilder text = new StringBuilder();
        for (Biography b : entries) {
            for (int m = 0; m < b.mentions(); m++) {
                text.append(b.text()).append('\n');
                for (String e : b.events()) text.append(e).append('\n');
            }
        }
        return text.toString();
    }

    /** The biographies of the first {@code n} people (a smaller corpus for a quick run). */
    public Biographies first(int n) {
        if (n < 1 || n > entries.size()) {
            throw new IllegalArgumentException("asked for the first " + n + " of " + entries.size() + " biographies");
        }
        return new Biographies(world, entries.subList(0, n));
    }

    /** Each person's biography by person id. */
    public java.util.Map<String, Biography> byPerson() {
        return entries.stream().collect(Collectors.toMap(b -> b.person().id(), Function.identity()));
    }

    /** Mentions of every person in these biographies, held-out people included (as 0). */
    public int[] mentionCounts() {
        return entries.stream().mapToInt(Biography::mentions).toArray();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
