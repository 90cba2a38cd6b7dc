package jielong.course.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import jielong.data.QaMixture;
import org.junit.jupiter.api.Test;

/** The task set: its groups and sizes, its determinism, and the scoring of replies. */
class TaskSetTest {
    static final QaMixture MIXTURE = QaMixture.generate(11, QaMixture.Sizes.fast());

    @Test
    void sixGroupsOfTheAskedSizeTheSameForTheSameSeed() {
        List<Task> tasks = TaskSet.build(MIXTURE, 8, 13);
        for (String g : TaskSet.GROUPS) assertEquals(8, TaskSet.group(tasks, g).size(), g);
        assertEquals(tasks, TaskSet.build(MIXTURE, 8, 13));
        assertFalse(tasks.equals(TaskSet.build(MIXTURE, 8, 14)));
        for (Task t : TaskSet.group(tasks, TaskSet.FACTS_NEVER)) assertFalse(MIXTURE.text().contains(t.question()), "never seen: " + t.question());
        for (Task t : TaskSet.group(tasks, TaskSet.SUMS)) assertTrue(t.question().matches("\\d+[+*]\\d+=\\?"), t.question());
    }

    @Test
    void conversionAnswersAgreeWithArithmeticByHand() {
        for (Task t : TaskSet.group(TaskSet.build(MIXTURE, 12, 3), TaskSet.CONVERSIONS)) {
            String[] w = t.question().replace("What is ", "").replace("?", "").split(" ");
            double v = Double.parseDouble(w[0]);
            double want = switch (w[1] + ">" + w[3]) {
                case "km/h>m/s" -> v / 3.6;
                case "m/s>km/h" -> v * 3.6;
                case "min>h" -> v / 60;
                case "h>min" -> v * 60;
                case "km>m" -> v * 1000;
                case "m>km" -> v / 1000;
                default -> throw new AssertionError(t.question());
            };
            assertEquals(want, t.value().doubleValue(), 1e-9, t.question());
        }
    }

    @Test
    void repliesAreScoredByTheirFirstNumberOrExactly() {
        Task travel = new Task(TaskSet.TRAVEL, "?", "12.5 km", new BigDecimal("12.5"), List.of());
        assertTrue(travel.isAnsweredBy("12.5 km"));
        assertTrue(travel.isAnsweredBy("12.50"));
        assertFalse(travel.isAnsweredBy("125 km"));
        assertFalse(travel.isAnsweredBy("km"));
        assertFalse(travel.isAnsweredBy(null));
        Task fact = new Task(TaskSet.FACTS_1, "?", "Vinoford", null, List.of("V20"));
        assertTrue(fact.isAnsweredBy(" Vinoford"));
        assertFalse(fact.isAnsweredBy("Vinofor"));
    }

    @Test
    void aVoteCurveNeedsSampleCounts() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AgentStudy.voteCurve(null, null, List.of(), new int[0], 0.7))
                .getMessage().contains("at least one number of samples"));
    }

    @Test
    void anEmptyTaskSetIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TaskSet.build(MIXTURE, 0, 1)).getMessage().contains("at least 1 task"));
    }
}
