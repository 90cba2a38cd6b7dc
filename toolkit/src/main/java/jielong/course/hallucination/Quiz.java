package jielong.course.hallucination;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jielong.data.Biographies;
import jielong.data.Biography;
import jielong.data.FactWorld;
import jielong.data.Person;
import jielong.data.WorldEvent;
import jielong.engine.Tensor;
import jielong.model.Gpt;

/**
 * The lesson's questions and the model's answers to them: every fact of every person, seen or
 * held out, as a {@link Cloze}, answered by the model's most likely next token.
 */
public final class Quiz {
    private static final int BATCH = 64;

    private Quiz() {}

    /** Questions on every person of the corpus (held-out ones too) and every event of theirs. */
    public static List<Cloze> questions(Biographies corpus, FactTokenizer tok) {
        FactWorld world = corpus.world();
        Map<String, List<WorldEvent>> events = world.events().stream().collect(Collectors.groupingBy(WorldEvent::personId));
        List<Cloze> out = new ArrayList<>();
        for (Biography b : corpus.entries()) {
            Person p = b.person();
            int m = b.mentions();
            String id = p.id();
            String entry = p.name() + ", " + p.profession() + ".";
            String born = entry + " " + (b.pronoun().equals("he") ? "He" : "She") + " was born in";
            out.add(new Cloze(Cloze.Kind.PROFESSION, id, m, tok.encode(p.name() + ","), tok.id(p.profession()), false));
            out.add(new Cloze(Cloze.Kind.PRONOUN, id, m, tok.encode(entry), tok.id(b.pronoun().equals("he") ? "He" : "She"), false));
            out.add(new Cloze(Cloze.Kind.CITY, id, m, tok.encode(born), tok.id(p.birthCity()), false));
            out.add(new Cloze(Cloze.Kind.YEAR, id, m, tok.encode(born + " " + p.birthCity() + " in"), tok.id("" + p.birthYear()), false));
            for (WorldEvent e : events.getOrDefault(id, List.of())) {
                String prompt = p.name() + " " + e.verb() + " " + e.landmark() + " in " + e.city() + " in";
                out.add(new Cloze(Cloze.Kind.EVENT_YEAR, id, m, tok.encode(prompt), tok.id("" + e.year()), e.year() >= world.cutoffYear()));
            }
        }
        return out;
    }

    /** The model's answers, in the order of the questions. */
    public static List<Answer> answer(Gpt model, FactTokenizer tok, FactWorld world, List<Cloze> questions) {
        Map<Cloze.Kind, Set<Integer>> wellFormed = answerTokens(tok, world);
        List<Answer> answers = new ArrayList<>(questions.size());
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int from = 0; from < questions.size(); from += BATCH) {
                List<Cloze> batch = questions.subList(from, Math.min(questions.size(), from + BATCH));
                float[][] logits = lastLogits(model, batch);
                for (int i = 0; i < batch.size(); i++) {
                    Cloze c = batch.get(i);
                    int best = argmax(logits[i]);
                    double confidence = softmax(logits[i])[best];
                    answers.add(new Answer(c, logits[i], best, confidence, wellFormed.get(c.kind()).contains(best)));
                }
            }
        }
        return answers;
    }

    /** The logits at each prompt's last position: prompts padded on the right, which a causal model never looks at. */
    static float[][] lastLogits(Gpt model, List<Cloze> batch) {
        int t = batch.stream().mapToInt(c -> c.prompt().length).max().orElse(1);
        if (t > model.config.blockSize()) {
            throw new IllegalArgumentException("a prompt of " + t + " tokens is longer than the model's context of "
                    + model.config.blockSize() + ": train a model with a longer context");
        }
        int[] idx = new int[batch.size() * t];
        for (int b = 0; b < batch.size(); b++) System.arraycopy(batch.get(b).prompt(), 0, idx, b * t, batch.get(b).prompt().length);
        float[] all = model.forward(idx, t).host().data;
        int v = model.config.vocabSize();
        float[][] out = new float[batch.size()][];
        for (int b = 0; b < batch.size(); b++) {
            int row = b * t + batch.get(b).prompt().length - 1;
            out[b] = Arrays.copyOfRange(all, row * v, (row + 1) * v);
        }
        return out;
    }

    /** The tokens that are answers of each kind: cities for a birth city, years for a year, and so on. */
    static Map<Cloze.Kind, Set<Integer>> answerTokens(FactTokenizer tok, FactWorld world) {
        Set<Integer> years = new java.util.HashSet<>();
        for (int y = FactTokenizer.FIRST_YEAR; y <= FactTokenizer.LAST_YEAR; y++) years.add(tok.id("" + y));
        return Map.of(
                Cloze.Kind.PROFESSION, FactWorld.professions().stream().map(tok::id).collect(Collectors.toSet()),
                Cloze.Kind.PRONOUN, Set.of(tok.id("He"), tok.id("She")),
                Cloze.Kind.CITY, world.cities().stream().map(tok::id).collect(Collectors.toSet()),
                Cloze.Kind.YEAR, years,
                Cloze.Kind.EVENT_YEAR, years);
    }

    /** The answers that pass a test (of a kind, about people seen or not, ...). */
    public static List<Answer> where(List<Answer> answers, Predicate<Answer> test) {
        return answers.stream().filter(test).toList();
    }

    static int argmax(float[] z) {
        int best = 0;
        for (int i = 1; i < z.length; i++) if (z[i] > z[best]) best = i;
        return best;
    }

    static double[] softmax(float[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (float x : z) max = Math.max(max, x);
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) sum += p[i] = Math.exp(z[i] - max);
        for (int i = 0; i < z.length; i++) p[i] /= sum;
        return p;
    }
}
