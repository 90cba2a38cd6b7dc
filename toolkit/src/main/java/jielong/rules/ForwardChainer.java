package jielong.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward chaining, the inference of expert systems such as OPS5 and XCON: fire every rule on the
 * working memory, add what it concludes, and repeat until a round adds nothing new (a fixed point).
 * Every new fact remembers the rule and premises that produced it, so any conclusion can be
 * explained back to the given facts. Choosing among conclusions (conflict resolution) is left to
 * the caller.
 */
public final class ForwardChainer {
    /** Rounds allowed before the rules are judged never to settle. */
    public static final int MAX_ROUNDS = 1_000;
    /** Facts allowed in memory before the rules are judged to run away. */
    public static final int MAX_FACTS = 1_000_000;

    private final List<Rule> rules;

    /** A chainer over these rules, fired in this order within a round. */
    public ForwardChainer(List<Rule> rules) {
        if (rules.isEmpty()) throw new IllegalArgumentException("a rule system needs at least one rule");
        this.rules = List.copyOf(rules);
    }

    /**
     * One rule firing: the fact it added, in which round, on which premises.
     *
     * @param round   1 for the first pass over the rules
     * @param rule    the rule's name
     * @param fact    the new fact
     * @param because its premises
     */
    public record Firing(int round, String rule, Fact fact, List<Fact> because) {}

    /** What the rules concluded from the given facts. */
    public static final class Inference {
        private final WorkingMemory memory;
        private final List<Firing> firings;
        private final Map<Fact, Firing> origin = new HashMap<>();
        private final int rounds;

        private Inference(WorkingMemory memory, List<Firing> firings, int rounds) {
            this.memory = memory;
            this.firings = List.copyOf(firings);
            this.rounds = rounds;
            for (Firing f : firings) origin.put(f.fact(), f);
        }

        /** Everything known at the end, given facts first. */
        public WorkingMemory memory() {
            return memory;
        }

        /** Every firing that added a fact, in order. */
        public List<Firing> firings() {
            return firings;
        }

        /** Rounds run, the last of which added nothing. */
        public int rounds() {
            return rounds;
        }

        /** The firing that concluded a fact, or null for a given fact (or one not known). */
        public Firing origin(Fact f) {
            return origin.get(f);
        }

        /**
         * Why a fact is known: the rule that concluded it and its premises, each explained in turn
         * (indented), down to the given facts.
         */
        public String explain(Fact f) {
            if (!memory.has(f)) throw new IllegalArgumentException(f + " is not known: nothing to explain");
            StringBuilder sb = new StringBuilder();
            explain(f, 0, sb);
            return sb.toString().stripTrailing();
        }

        private void explain(Fact f, int depth, StringBuilder sb) {
            Firing why = origin.get(f);
            sb.append("  ".repeat(depth)).append(f);
            if (why == null) {
                sb.append("  (given)\n");
                return;
            }
            sb.append("  <- rule '").append(why.rule()).append("'\n");
            for (Fact p : why.because()) {
                if (origin.containsKey(p)) explain(p, depth + 1, sb);
            }
            List<Fact> given = why.because().stream().filter(p -> !origin.containsKey(p)).toList();
            if (!given.isEmpty()) sb.append("  ".repeat(depth + 1)).append("given: ").append(given.stream().map(Fact::toString).reduce((a, b) -> a + ", " + b).get()).append('\n');
        }
    }

    /** Runs the rules on the given facts to a fixed point. */
    public Inference run(Collection<Fact> given) {
        WorkingMemory memory = new WorkingMemory(given);
        List<Firing> firings = new ArrayList<>();
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            boolean added = false;
            for (Rule rule : rules) {
                for (Rule.Conclusion c : rule.body().apply(memory)) {
                    for (Fact p : c.because()) {
                        if (!memory.has(p)) {
                            throw new IllegalStateException("rule '" + rule.name() + "' concluded " + c.fact() + " from " + p
                                    + ", which is not in working memory: a rule may only rest on known facts");
                        }
                    }
                    if (memory.add(c.fact())) {
                        firings.add(new Firing(round, rule.name(), c.fact(), c.because()));
                        added = true;
                        if (memory.size() > MAX_FACTS) {
                            throw new IllegalStateException("the rules have concluded over " + MAX_FACTS + " facts (last by rule '" + rule.name()
                                    + "': " + c.fact() + "): a rule keeps inventing new facts; make it conclude only from what is known");
                        }
                    }
                }
            }
            if (!added) return new Inference(memory, firings, round);
        }
        throw new IllegalStateException("the rules still add facts after " + MAX_ROUNDS + " rounds: a rule keeps inventing new facts");
    }
}
