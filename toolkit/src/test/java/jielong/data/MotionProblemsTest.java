package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Motion answers recomputed another way: everything in metres and seconds. */
class MotionProblemsTest {
    static final List<MotionProblem> PROBLEMS = MotionProblems.generate(11, 2000);

    @Test
    void sameSeedSameProblems() {
        assertEquals(PROBLEMS, MotionProblems.generate(11, 2000));
    }

    @Test
    void everyAnswerAgreesWithSiUnits() {
        for (MotionProblem p : PROBLEMS) {
            BigDecimal answer = new BigDecimal(p.answerValue());
            if (p.kind().equals("time")) {
                // seconds = metres / (metres per second); km/h is 1000/3600 m/s
                BigDecimal metresPerSecond = BigDecimal.valueOf(p.speed1() * 1000L).divide(BigDecimal.valueOf(3600), 30, RoundingMode.HALF_EVEN);
                BigDecimal seconds = BigDecimal.valueOf(p.distanceKm() * 1000L).divide(metresPerSecond, 20, RoundingMode.HALF_EVEN);
                BigDecimal error = seconds.subtract(answer.multiply(BigDecimal.valueOf(60))).abs();
                assertTrue(error.compareTo(new BigDecimal("1e-9")) < 0, p.toString());
                assertEquals("min", p.answerUnit());
            } else {
                BigDecimal metres = metres(p.speed1(), p.speedUnit(), p.minutes1()).add(metres(p.speed2(), "km/h", p.minutes2()));
                assertEquals(0, metres.compareTo(answer.multiply(BigDecimal.valueOf(1000))), p.toString());
                assertEquals("km", p.answerUnit());
            }
            assertTrue(p.answer().startsWith(p.answerValue()), p.answer());
            assertTrue(p.question().contains(String.valueOf(p.speed1())), p.question());
            assertTrue(p.working().get(p.working().size() - 1).contains(p.answerValue()), p.toString());
        }
    }

    @Test
    void coversEveryKindInBothLanguages() {
        Set<String> seen = PROBLEMS.stream().map(p -> p.kind() + "/" + p.language()).collect(Collectors.toSet());
        assertEquals(8, seen.size(), seen.toString());
        MotionProblem zh = PROBLEMS.stream().filter(p -> p.language().equals("zh")).findFirst().orElseThrow();
        assertTrue(zh.workedText().contains("答："));
    }

    private static BigDecimal metres(int speed, String unit, int minutes) {
        BigDecimal seconds = BigDecimal.valueOf(minutes * 60L);
        BigDecimal perSecond = unit.equals("m/s")
                ? BigDecimal.valueOf(speed)
                : BigDecimal.valueOf(speed * 1000L).divide(BigDecimal.valueOf(3600), 40, RoundingMode.HALF_EVEN);
        return perSecond.multiply(seconds).setScale(6, RoundingMode.HALF_EVEN);
    }
}
