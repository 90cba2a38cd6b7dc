package jielong.rules;

import static jielong.rules.Rule.conclude;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Forward chaining against a brute-force closure, its explanations, and rules that misbehave. */
class ForwardChainerTest {
    /** parent(a, b) and ancestor(a, b) ∧ parent(b, c) → ancestor(a, c). */
    private static final List<Rule> ANCESTRY = List.of(
            new Rule("parents are ancestors", "if a is b's parent, a is b's ancestor",
                    m -> m.with("parent").stream().map(p -> conclude(Fact.of("ancestor", p.args().get(0), p.args().get(1)), p)).toList()),
            new Rule("ancestors of parents", "if a is b's ancestor and b is c's parent, a is c's ancestor", m -> {
                List<Rule.Conclusion> out = new ArrayList<>();
                for (Fact a : m.with("ancestor"))
                    for (Fact p : m.with("parent"))
                        if (a.args().get(1).equals(p.args().get(0))) out.add(conclude(Fact.of("ancestor", a.args().get(0), p.args().get(1)), a, p));
                return out;
            }));

    @Test
    void reachesTheSameClosureAsBruteForce() {
        Random rng = new Random(4);
        int n = 12;
        List<Fact> given = new ArrayList<>();
        boolean[][] edge = new boolean[n][n];
        for (int i = 0; i < 18; i++) {
            int a = rng.nextInt(n), b = rng.nextInt(n);
            if (a != b && !edge[a][b]) {
                edge[a][b] = true;
                given.add(Fact.of("parent", a, b));
            }
        }
        boolean[][] reach = new boolean[n][n]; // Floyd-Warshall's transitive closure
        for (int i = 0; i < n; i++) reach[i] = edge[i].clone();
        for (int k = 0; k < n; k++) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) reach[i][j] |= reach[i][k] && reach[k][j];
        ForwardChainer.Inference inf = new ForwardChainer(ANCESTRY).run(given);
        Set<Fact> want = new HashSet<>();
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) if (reach[i][j]) want.add(Fact.of("ancestor", i, j));
        assertEquals(want, new HashSet<>(inf.memory().with("ancestor")));
        assertEquals(want.size(), inf.firings().size(), "each new fact is one firing");
    }

    @Test
    void explainsAConclusionBackToTheGivenFacts() {
        ForwardChainer.Inference inf = new ForwardChainer(ANCESTRY).run(List.of(Fact.of("parent", "ann", "bob"), Fact.of("parent", "bob", "cy")));
        Fact f = Fact.of("ancestor", "ann", "cy");
        assertEquals("ancestors of parents", inf.origin(f).rule());
        assertNull(inf.origin(Fact.of("parent", "ann", "bob")));
        assertEquals("""
                ancestor(ann, cy)  <- rule 'ancestors of parents'
                  ancestor(ann, bob)  <- rule 'parents are ancestors'
                    given: parent(ann, bob)
                  given: parent(bob, cy)""", inf.explain(f));
        assertEquals(2, inf.rounds(), "round 1 concludes all three (a rule sees what the rules before it added), round 2 nothing new");
    }

    @Test
    void misbehavingRulesAndBadInputGetClearMessages() {
        Rule runaway = new Rule("count forever", "n → n + 1", m -> m.with("n").stream().map(f -> conclude(Fact.of("n", f.intArg(0) + 1), f)).toList());
        String msg = assertThrows(IllegalStateException.class, () -> new ForwardChainer(List.of(runaway)).run(List.of(Fact.of("n", 0)))).getMessage();
        assertTrue(msg.contains("keeps inventing new facts"), msg);
        Rule unfounded = new Rule("unfounded", "concludes from nothing known", m -> List.of(conclude(Fact.of("b"), Fact.of("a"))));
        msg = assertThrows(IllegalStateException.class, () -> new ForwardChainer(List.of(unfounded)).run(List.of())).getMessage();
        assertTrue(msg.contains("not in working memory"), msg);
        assertThrows(IllegalArgumentException.class, () -> new ForwardChainer(List.of()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Fact.of("two words")).getMessage().contains("predicate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Rule(" ", "", m -> List.of())).getMessage().contains("name"));
        ForwardChainer.Inference inf = new ForwardChainer(ANCESTRY).run(List.of());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> inf.explain(Fact.of("ancestor", 1, 2))).getMessage().contains("not known"));
    }
}
