package jielong.agent;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Self-consistency (Wang et al. 2022): several answers to one question, the most frequent wins.
 * Answers are compared after trimming spaces; a tie goes to the answer that appeared first. With a
 * checker, only answers it accepts vote, unless it accepts none (then all vote, and
 * {@link #checked()} is false).
 *
 * @param winner  the answer chosen
 * @param votes   how many answers equal the winner
 * @param voters  how many answers voted
 * @param counts  each distinct answer and its votes, in order of first appearance
 * @param checked whether the voters are the answers a checker accepted
 */
public record MajorityVote(String winner, int votes, int voters, Map<String, Integer> counts, boolean checked) {
    /** The most frequent of the answers. */
    public static MajorityVote of(List<String> answers) {
        if (answers == null || answers.isEmpty()) throw new IllegalArgumentException("a vote needs at least one answer");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String a : answers) counts.merge(a.strip(), 1, Integer::sum);
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) { // strictly more: a tie keeps the earlier answer
                best = e.getKey();
                most = e.getValue();
            }
        }
        return new MajorityVote(best, most, answers.size(), Collections.unmodifiableMap(counts), false);
    }

    /** The most frequent of the answers the checker accepts; of all of them when it accepts none. */
    public static MajorityVote of(List<String> answers, Predicate<String> checker) {
        List<String> accepted = answers.stream().filter(a -> checker.test(a.strip())).toList();
        if (accepted.isEmpty()) return of(answers);
        MajorityVote v = of(accepted);
        return new MajorityVote(v.winner, v.votes, v.voters, v.counts, true);
    }

    /** The winner's share of the votes: 1 when all agree. */
    public double agreement() {
        return (double) votes / voters;
    }
}
