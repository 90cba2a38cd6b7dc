package jielong.exercises.ch06;

import jielong.fit.ChinchillaLaw;
import jielong.fit.ComputeOptimal;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 3, title = "spend a compute budget")
class SpendBudgetTest {
    /** The law lesson 06's full sweep fitted to its byte-level models (N 6.6k to 224k, D 250k to 4M). */
    static final ChinchillaLaw TINY = new ChinchillaLaw(1.160, 7.777, 133.0, 0.222, 0.396);

    /** Graded against the toolkit's frontier: the same N within 1%, the budget spent, no loss left on the table. */
    private static void check(ChinchillaLaw law, double flops) {
        Case c = Case.of(String.format("spendBudget(%.3g, %s, %s, %s, %s, %s)", flops, law.e(), law.a(), law.b(),
                law.alpha(), law.beta()));
        double[] got = c.run(() -> Ch06.spendBudget(flops, law.e(), law.a(), law.b(), law.alpha(), law.beta()));
        ComputeOptimal best = law.computeOptimal(flops);
        c.expectThat(got != null && got.length == 2, "return {N, D}: two numbers");
        c.expectRelative(flops, 6 * got[0] * got[1], 1e-3);
        c.expectRelative(best.parameters(), got[0], 0.01);
        c.expectRelative(best.loss(), law.predict(got[0], got[1]), 1e-4);
    }

    @Test
    @Points(1)
    void chinchillasOwnLawAtGophersBudget() {
        check(ChinchillaLaw.HOFFMANN_2022, 5.76e23);
    }

    @Test
    @Points(1)
    void aTinyLawAtALaptopBudget() {
        check(TINY, 1e12);
    }

    @Test
    @Points(1)
    void everyBudgetFromTinyToHuge() {
        for (double flops = 1e9; flops <= 1e25; flops *= 1000) check(TINY, flops);
    }
}
