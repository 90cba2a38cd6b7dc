package jielong.course.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jielong.tokenize.WordTokenizer;

/** Every written step is true arithmetic, the sets are disjoint from training, and the formats differ only in the steps. */
class TripTest {
    @Test
    void theEssaysExample() {
        Worked w = new Trip("train", List.of(new Trip.Leg(60, 30)), false).worked();
        assertEquals("A train travels 30 minutes at 60 km/h. How far does it go?", w.question());
        assertEquals(List.of("30 minutes = 0.5 hours.", "60 × 0.5 = 30 km."), w.steps());
        assertEquals("30 km", w.answer());
        assertEquals("Answer: 30 km", w.completion(Format.ANSWER_ONLY));
        assertEquals("30 minutes = 0.5 hours. 60 × 0.5 = 30 km. Answer: 30 km", w.completion(Format.STEPS));
    }

    /** Checks each step with BigDecimal arithmetic read back from the text itself. */
    @Test
    void everyStepIsRight() {
        Pattern convert = Pattern.compile("(\\d+) minutes = ([\\d.]+) hours\\.");
        Pattern times = Pattern.compile("(\\d+) × ([\\d.]+) = (\\d+) km\\.");
        Pattern plus = Pattern.compile("(\\d+) \\+ (\\d+) = (\\d+) km\\.");
        Random rng = new Random(5);
        for (int i = 0; i < 300; i++) {
            Trips.Kind kind = new Trips.Kind(1 + i % 4, 10, 190, i % 5 == 0);
            Trip t = Trips.draw(rng, kind);
            Worked w = t.worked();
            String last = null;
            for (String s : w.steps()) {
                Matcher m;
                if ((m = convert.matcher(s)).matches()) {
                    assertEquals(0, new BigDecimal(m.group(1)).divide(new BigDecimal(60)).compareTo(new BigDecimal(m.group(2))), s);
                } else if ((m = times.matcher(s)).matches()) {
                    assertEquals(0, new BigDecimal(m.group(1)).multiply(new BigDecimal(m.group(2))).compareTo(new BigDecimal(m.group(3))), s);
                    last = m.group(3);
                } else if ((m = plus.matcher(s)).matches()) {
                    assertEquals(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), s);
                    last = m.group(3);
                } else {
                    throw new AssertionError("a step of no known kind: " + s);
                }
            }
            int total = 0;
            for (Trip.Leg l : t.legs()) total += l.speed() * l.minutes() / 60;
            assertEquals(total + " km", w.answer());
            assertEquals(last + " km", w.answer(), "the last step gives the answer");
            assertEquals(t.hoursGiven(), !w.question().contains("minutes"));
        }
    }

    @Test
    void heldOutSetsAreNeverTrainedOn() {
        TripStudy.Sets sets = TripStudy.Sets.of(1, 100, 20);
        assertEquals(27, sets.oneLeg().size());
        assertEquals(100, sets.twoLegs().size());
        Set<String> held = sets.heldOut();
        assertEquals(127, held.size(), "held-out problems are all different");
        List<Trip> pool = TripStudy.pool(new TripStudy.Recipe(16, 1, 128, 1, 1, 1e-3f, 5_000, 3), sets);
        assertEquals(5_000, pool.size());
        assertFalse(pool.stream().anyMatch(t -> held.contains(t.signature())));
        Set<Integer> legs = new HashSet<>();
        pool.forEach(t -> legs.add(t.legs().size()));
        assertEquals(Set.of(1, 2), legs);
        // every held-out one-leg trip is still met as a leg of some two-leg training trip
        for (Trip one : sets.oneLeg()) {
            assertTrue(pool.stream().anyMatch(t -> t.legs().size() == 2 && t.legs().contains(one.legs().get(0))), one.signature());
        }
        assertTrue(sets.threeLegs().stream().allMatch(t -> t.legs().size() == 3));
        assertTrue(sets.faster().stream().allMatch(t -> t.legs().get(0).speed() >= 100));
        assertTrue(sets.hours().stream().allMatch(Trip::hoursGiven));
    }

    @Test
    void everyTripTokenizesAndAFormatMasksTheQuestion() {
        WordTokenizer tok = Trips.tokenizer();
        Random rng = new Random(9);
        for (int i = 0; i < 50; i++) {
            Worked w = Trips.draw(rng, new Trips.Kind(1 + i % 3, 10, 190, i % 2 == 0)).worked();
            for (Format f : Format.values()) {
                var e = f.example(tok, w);
                assertEquals(tok.encode(w.question()).length, e.answerStart());
                assertEquals(WordTokenizer.END_ID, e.tokens()[e.tokens().length - 1]);
                assertEquals(w.text(f), tok.decode(e.tokens()));
            }
        }
    }

    @Test
    void badTripsSaySo() {
        assertThrows(IllegalArgumentException.class, () -> new Trip.Leg(65, 30));
        assertThrows(IllegalArgumentException.class, () -> new Trip.Leg(60, 25));
        assertThrows(IllegalArgumentException.class, () -> new Trip("car", List.of(), false));
        assertThrows(IllegalArgumentException.class, () -> new Trips.Kind(0, 10, 90, false));
        assertThrows(IllegalArgumentException.class, () -> new Trips.Kind(1, 90, 10, false));
    }
}
