/**
 * A small forward-chaining rule system, the symbolic school's tool: {@link jielong.rules.Fact}s in a
 * {@link jielong.rules.WorkingMemory}, named {@link jielong.rules.Rule}s that conclude new facts with
 * their premises, and {@link jielong.rules.ForwardChainer}, which fires them to a fixed point and
 * explains any conclusion back to the given facts.
 *
 * <p>References: Forgy 1982, "Rete" (OPS5's forward chaining); Shortliffe 1976, MYCIN (rules
 * that explain themselves).
 */
package jielong.rules;
