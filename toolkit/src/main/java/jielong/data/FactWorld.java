package jielong.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fictional world of people, cities, professions and events with a training cutoff year.
 * Passages about events before the cutoff go into the training text; events from the cutoff on,
 * and everything about held-out people, do not, so fabricated answers about them can be counted.
 */
public record FactWorld(int cutoffYear, List<String> cities, List<Person> people, List<WorldEvent> events,
                        List<Passage> passages, List<Question> questions) {
    /** Events in this year or later are after the cutoff. */
    public static final int DEFAULT_CUTOFF = 2010;
    /** Share of people held out entirely. */
    public static final double HELD_OUT_SHARE = 0.1;

    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tel", "vin", "sa", "do", "ren", "lu", "bor",
        "ta", "ve", "nis", "mar", "o", "li", "ques", "ha", "del", "zu", "fen", "ri", "ko", "val"};
    private static final String[] CITY_ENDINGS = {"holt", "mere", "ford", "wick", "stad", "port"};
    private static final String[] PROFESSIONS = {"baker", "glassmaker", "astronomer", "ferry captain", "weaver",
        "architect", "teacher", "cartographer", "beekeeper", "violin maker", "surgeon", "librarian"};
    private static final String[] VERBS = {"founded", "designed", "opened", "restored", "built"};
    private static final String[] LANDMARKS = {"Bridge", "Library", "Observatory", "Theatre", "Museum",
        "Canal", "Market", "Lighthouse", "School", "Garden"};
    private static final int CITIES = 30;

    /** The syllables names and landmarks are made of, in the generator's order. */
    public static List<String> syllables() {
        return List.of(SYLLABLES);
    }

    /** The endings of city names ("holt", "mere", ...). */
    public static List<String> cityEndings() {
        return List.of(CITY_ENDINGS);
    }

    /** Every profession a person may have, in the generator's order. */
    public static List<String> professions() {
        return List.of(PROFESSIONS);
    }

    /** What a person may do to a landmark ("founded", "designed", ...). */
    public static List<String> verbs() {
        return List.of(VERBS);
    }

    /** The kinds of landmark ("Bridge", "Library", ...). */
    public static List<String> landmarkKinds() {
        return List.of(LANDMARKS);
    }

    /** All passages that may be used as training text, one per line, in world order. */
    public String trainingText() {
        return passages.stream().filter(Passage::inTraining).map(p -> p.text() + "\n").collect(Collectors.joining());
    }

    /** Questions of one kind: {@link Question#SEEN}, {@link Question#AFTER_CUTOFF} or {@link Question#UNSEEN_ENTITY}. */
    public List<Question> questions(String kind) {
        return questions.stream().filter(q -> q.kind().equals(kind)).toList();
    }

    /** Builds a world of {@code peopleCount} people, about two events each, from {@code seed}. */
    public static FactWorld generate(long seed, int peopleCount) {
        Random random = new Random(seed);
        Set<String> usedNames = new HashSet<>();
        List<String> cities = new ArrayList<>();
        while (cities.size() < CITIES) {
            String city = capital(word(random, 2)) + CITY_ENDINGS[random.nextInt(CITY_ENDINGS.length)];
            if (usedNames.add(city)) cities.add(city);
        }
        List<Person> people = new ArrayList<>();
        List<WorldEvent> events = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < peopleCount; i++) {
            String name;
            do {
                name = capital(word(random, 2)) + " " + capital(word(random, 2 + random.nextInt(2)));
            } while (!usedNames.add(name));
            Person person = new Person("P" + i, name, 1900 + random.nextInt(96), pick(random, cities),
                    pick(random, PROFESSIONS), random.nextDouble() < HELD_OUT_SHARE);
            people.add(person);
            String kind = person.heldOut() ? Question.UNSEEN_ENTITY : Question.SEEN;
            String bio = "B" + i;
            passages.add(new Passage(bio, name + " was born in " + person.birthCity() + " in " + person.birthYear()
                    + " and works as " + article(person.profession()) + ".", !person.heldOut()));
            questions.add(question(questions, "Where was " + name + " born?", person.birthCity(), bio, kind));
            questions.add(question(questions, "In what year was " + name + " born?", "" + person.birthYear(), bio, kind));
            questions.add(question(questions, "What does " + name + " do for a living?", person.profession(), bio, kind));

            int eventCount = 1 + random.nextInt(3);
            for (int e = 0; e < eventCount; e++) {
                String landmark;
                do {
                    landmark = "the " + capital(word(random, 2)) + " " + pick(random, LANDMARKS);
                } while (!usedNames.add(landmark));
                int year = Math.min(2024, person.birthYear() + 20 + random.nextInt(50));
                WorldEvent event = new WorldEvent("E" + events.size(), year, person.id(), pick(random, VERBS),
                        landmark, pick(random, cities));
                events.add(event);
                boolean after = year >= DEFAULT_CUTOFF;
                String eventKind = person.heldOut() ? Question.UNSEEN_ENTITY : after ? Question.AFTER_CUTOFF : Question.SEEN;
                String id = "V" + event.id().substring(1);
                passages.add(new Passage(id, "In " + year + ", " + name + " " + event.verb() + " " + landmark
                        + " in " + event.city() + ".", eventKind.equals(Question.SEEN)));
                questions.add(question(questions, "Who " + event.verb() + " " + landmark + "?", name, id, eventKind));
                questions.add(question(questions, "In what year was " + landmark + " " + event.verb() + "?",
                        "" + year, id, eventKind));
                questions.add(question(questions, "In which city is " + landmark + "?", event.city(), id, eventKind));
            }
        }
        return new FactWorld(DEFAULT_CUTOFF, List.copyOf(cities), List.copyOf(people), List.copyOf(events),
                List.copyOf(passages), List.copyOf(questions));
    }

    private static Question question(List<Question> so, String text, String answer, String passage, String kind) {
        return new Question("Q" + so.size(), text, answer, List.of(passage), kind);
    }

    private static String word(Random random, int syllables) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) w.append(pick(random, SYLLABLES));
        return w.toString();
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static <T> T pick(Random random, T[] options) {
        return options[random.nextInt(options.length)];
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
