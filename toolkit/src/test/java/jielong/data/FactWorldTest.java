package jielong.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fact world's held-out splits do not leak, and every gold answer is supported. */
class FactWorldTest {
    static final FactWorld WORLD = FactWorld.generate(4, 300);

    @Test
    void sameSeedSameWorld() {
        assertEquals(WORLD, FactWorld.generate(4, 300));
    }

    @Test
    void heldOutPeopleNeverAppearInTrainingText() {
        String training = WORLD.trainingText();
        long heldOut = WORLD.people().stream().filter(Person::heldOut).count();
        assertTrue(heldOut > 10, "some people are held out");
        for (Person p : WORLD.people()) {
            boolean mentioned = Pattern.compile("\\b" + Pattern.quote(p.name()) + "\\b").matcher(training).find();
            assertEquals(!p.heldOut(), mentioned, p.toString());
        }
    }

    @Test
    void eventsFromTheCutoffOnNeverAppearInTrainingText() {
        String training = WORLD.trainingText();
        long after = WORLD.events().stream().filter(e -> e.year() >= WORLD.cutoffYear()).count();
        assertTrue(after > 10, "some events are after the cutoff");
        Map<String, Person> people = WORLD.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        for (WorldEvent e : WORLD.events()) {
            boolean trained = e.year() < WORLD.cutoffYear() && !people.get(e.personId()).heldOut();
            assertEquals(trained, training.contains(e.landmark() + " in"), e.toString());
        }
    }

    @Test
    void everyGoldAnswerIsInItsPassageAndKindsMatchTraining() {
        Map<String, Passage> passages = WORLD.passages().stream().collect(Collectors.toMap(Passage::id, Function.identity()));
        for (Question q : WORLD.questions()) {
            Passage support = passages.get(q.passageIds().get(0));
            assertTrue(support.text().contains(q.answer()), q + " / " + support);
            assertEquals(q.kind().equals(Question.SEEN), support.inTraining(), q.toString());
        }
        assertFalse(WORLD.questions(Question.AFTER_CUTOFF).isEmpty());
        assertFalse(WORLD.questions(Question.UNSEEN_ENTITY).isEmpty());
    }
}
