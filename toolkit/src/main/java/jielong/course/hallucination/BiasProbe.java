package jielong.course.hallucination;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jielong.data.Biographies;
import jielong.data.Biography;
import jielong.data.FactWorld;
import jielong.data.Person;
import jielong.engine.Tensor;
import jielong.model.Gpt;

/**
 * What the model says about a profession's pronoun, beside what its corpus says: new names (people
 * nobody wrote about) are introduced as "Name, surgeon." and the model continues with He or She.
 *
 * @param profession     the profession asked about
 * @param corpusShare    share of "He" among that profession's biographies in the training text (mentions counted)
 * @param modelShare     the model's mean probability of He, among He and She
 * @param sampledShare   share of He among samples drawn at temperature 1
 * @param greedyShare    share of names for which He is the most likely next token
 * @param names          new names asked about
 */
public record BiasProbe(String profession, double corpusShare, double modelShare, double sampledShare, double greedyShare, int names) {

    /** Asks about {@code names} new names with {@code profession}, names and samples drawn from {@code seed}. */
    public static BiasProbe measure(Gpt model, FactTokenizer tok, Biographies corpus, String profession, int names, long seed) {
        if (names < 1) throw new IllegalArgumentException("ask about at least 1 name, got " + names);
        if (!FactWorld.professions().contains(profession)) {
            throw new IllegalArgumentException("'" + profession + "' is not a profession of the fact world: one of " + FactWorld.professions());
        }
        long he = 0, all = 0;
        for (Biography b : corpus.entries()) {
            if (!b.person().profession().equals(profession)) continue;
            all += b.mentions();
            if (b.pronoun().equals("he")) he += b.mentions();
        }
        Random random = new Random(seed);
        Set<String> taken = new HashSet<>();
        corpus.world().people().stream().map(Person::name).forEach(taken::add);
        int heId = tok.id("He"), sheId = tok.id("She");
        double probability = 0;
        int sampledHe = 0, sampledEither = 0, greedyHe = 0;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int i = 0; i < names; i++) {
                String name = newName(random, taken);
                Cloze c = new Cloze(Cloze.Kind.PRONOUN, "new" + i, 0, tok.encode(name + ", " + profession + "."), heId, false);
                double[] p = Quiz.softmax(Quiz.lastLogits(model, List.of(c))[0]);
                probability += p[heId] / (p[heId] + p[sheId]);
                int drawn = draw(p, random);
                if (drawn == heId || drawn == sheId) {
                    sampledEither++;
                    if (drawn == heId) sampledHe++;
                }
                if (Quiz.argmax(toFloats(p)) == heId) greedyHe++;
            }
        }
        return new BiasProbe(profession, all == 0 ? Double.NaN : (double) he / all, probability / names,
                sampledEither == 0 ? Double.NaN : (double) sampledHe / sampledEither, (double) greedyHe / names, names);
    }

    /** How much the model's greedy answers exaggerate the corpus: greedy share of He over the corpus's. */
    public double amplification() {
        return greedyShare / corpusShare;
    }

    private static String newName(Random random, Set<String> taken) {
        List<String> s = FactWorld.syllables();
        while (true) {
            StringBuilder first = new StringBuilder(), last = new StringBuilder();
            for (int k = 0; k < 2; k++) first.append(s.get(random.nextInt(s.size())));
            int n = 2 + random.nextInt(2);
            for (int k = 0; k < n; k++) last.append(s.get(random.nextInt(s.size())));
            String name = capital(first.toString()) + " " + capital(last.toString());
            if (taken.add(name)) return name;
        }
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static int draw(double[] p, Random random) {
        double u = random.nextDouble(), c = 0;
        for (int i = 0; i < p.length; i++) if ((c += p[i]) > u) return i;
        return p.length - 1;
    }

    private static float[] toFloats(double[] p) {
        float[] f = new float[p.length];
        for (int i = 0; i < p.length; i++) f[i] = (float) p[i];
        return f;
    }
}
