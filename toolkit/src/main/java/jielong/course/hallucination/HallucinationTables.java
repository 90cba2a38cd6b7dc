package jielong.course.hallucination;

import java.util.List;
import java.util.function.Predicate;

import jielong.notebook.Numbers;
import tech.tablesaw.api.Table;

import static jielong.viz.Tables.row;
import static jielong.viz.Tables.table;

/** The lesson's tables, numbers written by {@link Numbers}. */
public final class HallucinationTables {
    private HallucinationTables() {}

    /** Per biography fact, people seen in training against people never seen: well-formed, right, confidence. */
    public static Table seenAndUnseen(List<Answer> answers) {
        Table t = table("Answers about people seen and never seen", "fact", "people", "questions", "well-formed", "right", "mean confidence");
        for (Cloze.Kind k : List.of(Cloze.Kind.PROFESSION, Cloze.Kind.CITY, Cloze.Kind.YEAR)) {
            for (boolean seen : new boolean[] {true, false}) {
                List<Answer> in = answers.stream().filter(a -> a.cloze().kind() == k && Groups.seen(a) == seen).toList();
                row(t, k.label(), seen ? "seen" : "never seen", Numbers.count(in.size()), Numbers.percent(Groups.share(in, Answer::wellFormed)),
                        Numbers.percent(Groups.share(in, Answer::correct)), Numbers.significant(Groups.meanConfidence(in), 3));
            }
        }
        return t;
    }

    /** Biography facts by how many times the person's biography is in the training text. */
    public static Table byMentions(List<Answer> answers, int[] mentionCounts) {
        Table t = table("Biography facts by times seen", "times seen", "people", "questions", "right", "wrong", "mean confidence");
        for (String b : Groups.MENTION_BUCKETS) {
            long people = java.util.Arrays.stream(mentionCounts).filter(m -> Groups.bucket(m).equals(b)).count();
            List<Answer> in = answers.stream().filter(Groups::biographyFact).filter(a -> Groups.bucket(a.cloze().mentions()).equals(b)).toList();
            row(t, b, Numbers.count(people), Numbers.count(in.size()), Numbers.percent(Groups.share(in, Answer::correct)),
                    Numbers.percent(1 - Groups.share(in, Answer::correct)), Numbers.significant(Groups.meanConfidence(in), 3));
        }
        return t;
    }

    /**
     * Event years before the cutoff against after it: right, answered with a year before the cutoff,
     * answered confidently (at least {@code threshold}) and wrongly.
     */
    public static Table cutoff(List<Answer> answers, FactTokenizer tok, int cutoffYear, double threshold) {
        Table t = table("Questions about events before and after the cutoff (" + cutoffYear + ")", "events",
                "questions", "right", "answer before " + cutoffYear, "mean confidence", "confident (≥ " + Numbers.significant(threshold, 2) + ") and wrong");
        for (boolean after : new boolean[] {false, true}) {
            List<Answer> in = answers.stream().filter(a -> a.cloze().kind() == Cloze.Kind.EVENT_YEAR && Groups.seen(a)
                    && a.cloze().afterCutoff() == after).toList();
            Predicate<Answer> early = a -> a.wellFormed() && Integer.parseInt(tok.token(a.predicted())) < cutoffYear;
            row(t, after ? "from " + cutoffYear + " on (never in training)" : "before " + cutoffYear + " (in training)",
                    Numbers.count(in.size()), Numbers.percent(Groups.share(in, Answer::correct)), Numbers.percent(Groups.share(in, early)),
                    Numbers.significant(Groups.meanConfidence(in), 3),
                    Numbers.percent(Groups.share(in, a -> a.confidence() >= threshold && !a.correct())));
        }
        return t;
    }

    /** The bias probes, one row each. */
    public static Table bias(List<BiasProbe> probes) {
        Table t = table("\"He\" after \"Name, profession.\" for new names", "profession", "names asked", "corpus", "model's P(He)",
                "samples at T = 1", "greedy answers");
        for (BiasProbe p : probes) {
            row(t, p.profession(), Numbers.count(p.names()), Numbers.percent(p.corpusShare()), Numbers.percent(p.modelShare()),
                    Numbers.percent(p.sampledShare()), Numbers.percent(p.greedyShare()));
        }
        return t;
    }
}
