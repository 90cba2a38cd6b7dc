package jielong.course.hallucination;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import jielong.data.Biographies;
import jielong.data.Biography;
import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;

/** The fact tokenizer round-trips the corpus, and questions are answered from the right position. */
class HallucinationTest {
    static final Biographies CORPUS = Biographies.generate(9, 200);
    static final FactTokenizer TOK = new FactTokenizer(CORPUS.world());

    @Test
    void everyLineRoundTripsAndNamesAreSpelledInSyllables() {
        for (String line : CORPUS.trainingText().split("\n")) assertEquals(line, TOK.decode(TOK.encode(line)));
        int[] ids = TOK.encode("Kamiro Telvin, ferry captain.");
        assertEquals(List.of("Ka", "##mi", "##ro", "Tel", "##vin", ",", "ferry captain", "."),
                Arrays.stream(ids).mapToObj(TOK::token).toList());
        assertTrue(TOK.vocabSize() < 300, "a small vocabulary: " + TOK.vocabSize());
        assertEquals(0, TOK.id(FactTokenizer.PAD), "padding is token 0, as Examples pads");
        String message = assertThrows(IllegalArgumentException.class, () -> TOK.encode("Xylophone")).getMessage();
        assertTrue(message.startsWith("'Xylophone' is neither a word of the fact world"), message);
    }

    @Test
    void questionsEndWhereTheirAnswerStandsInTheTrainingLine() {
        List<Cloze> questions = Quiz.questions(CORPUS, TOK);
        var people = CORPUS.byPerson();
        for (Cloze q : questions) {
            Biography b = people.get(q.personId());
            if (q.afterCutoff() || b.mentions() == 0) continue;
            int[] whole = Arrays.copyOf(q.prompt(), q.prompt().length + 1);
            whole[q.prompt().length] = q.answer();
            String sentence = TOK.decode(whole);
            assertTrue(CORPUS.trainingText().contains(sentence), q.kind() + ": " + sentence);
        }
        assertTrue(questions.stream().anyMatch(Cloze::afterCutoff));
    }

    @Test
    void paddedBatchesGiveEachPromptsOwnLogits() {
        Gpt model = new Gpt(new GptConfig(TOK.vocabSize(), HallucinationLesson.CONTEXT, 1, 2, 16, 0f), 3);
        List<Cloze> questions = Quiz.questions(CORPUS, TOK).subList(0, 9); // prompts of different lengths
        float[][] batched = Quiz.lastLogits(model, questions);
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            for (int i = 0; i < questions.size(); i++) {
                int[] p = questions.get(i).prompt();
                float[] alone = model.forward(p, p.length).host().data;
                int v = TOK.vocabSize();
                assertArrayEquals(Arrays.copyOfRange(alone, (p.length - 1) * v, p.length * v), batched[i], 1e-5f, "question " + i);
            }
        }
        List<Answer> answers = Quiz.answer(model, TOK, CORPUS.world(), questions);
        for (Answer a : answers) {
            assertEquals(Quiz.argmax(a.logits()), a.predicted());
            assertEquals(Quiz.softmax(a.logits())[a.predicted()], a.confidence(), 1e-12);
        }
    }

    @Test
    void aPromptLongerThanTheContextIsRefused() {
        Gpt model = new Gpt(new GptConfig(TOK.vocabSize(), 4, 1, 2, 16, 0f), 3);
        String message = assertThrows(IllegalArgumentException.class,
                () -> Quiz.lastLogits(model, Quiz.questions(CORPUS, TOK).subList(0, 3))).getMessage();
        assertTrue(message.contains("longer than the model's context of 4"), message);
    }

    @Test
    void sourcesFindTheBiographyOfARightAnswerAndNothingForTheUnseen() {
        Sources sources = new Sources(CORPUS, TOK);
        List<Cloze> questions = Quiz.questions(CORPUS, TOK);
        Cloze seen = questions.stream().filter(q -> q.kind() == Cloze.Kind.CITY && q.mentions() > 0).findFirst().orElseThrow();
        Cloze unseen = questions.stream().filter(q -> q.kind() == Cloze.Kind.CITY && q.mentions() == 0).findFirst().orElseThrow();
        Biography b = CORPUS.byPerson().get(seen.personId());
        assertTrue(sources.supporting(new Answer(seen, new float[0], seen.answer(), 1, true)).contains(b.text()));
        assertEquals(List.of(), sources.supporting(new Answer(unseen, new float[0], unseen.answer(), 1, true)));
    }

    @Test
    void biasProbeCountsTheCorpusAndRefusesBadQuestions() {
        Gpt model = new Gpt(new GptConfig(TOK.vocabSize(), HallucinationLesson.CONTEXT, 1, 2, 16, 0f), 3);
        BiasProbe p = BiasProbe.measure(model, TOK, CORPUS, "surgeon", 20, 1);
        long he = 0, all = 0;
        for (Biography b : CORPUS.entries()) {
            if (!b.person().profession().equals("surgeon")) continue;
            all += b.mentions();
            if (b.pronoun().equals("he")) he += b.mentions();
        }
        assertEquals((double) he / all, p.corpusShare(), 1e-12);
        assertTrue(p.modelShare() > 0 && p.modelShare() < 1 && p.greedyShare() >= 0 && p.greedyShare() <= 1, p.toString());
        assertEquals(p, BiasProbe.measure(model, TOK, CORPUS, "surgeon", 20, 1), "same seed, same probe");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> BiasProbe.measure(model, TOK, CORPUS, "pilot", 20, 1))
                .getMessage().startsWith("'pilot' is not a profession of the fact world"));
        assertThrows(IllegalArgumentException.class, () -> BiasProbe.measure(model, TOK, CORPUS, "surgeon", 0, 1));
    }

    @Test
    void aSharpenedModelRescaledBackGivesTheSameConfidences() {
        Gpt model = new Gpt(new GptConfig(TOK.vocabSize(), HallucinationLesson.CONTEXT, 1, 2, 16, 0f), 3);
        List<Answer> answers = Quiz.answer(model, TOK, CORPUS.world(), Quiz.questions(CORPUS, TOK).subList(0, 20));
        List<Answer> sharp = Rescaled.sharpened(answers, 2);
        List<Answer> back = Rescaled.at(sharp, 2);
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(answers.get(i).predicted(), sharp.get(i).predicted());
            assertTrue(sharp.get(i).confidence() >= answers.get(i).confidence() - 1e-9, "doubling the logits never lowers the top probability");
            assertEquals(answers.get(i).confidence(), back.get(i).confidence(), 1e-6);
        }
        assertThrows(IllegalArgumentException.class, () -> Rescaled.sharpened(answers, 0));
    }
}
