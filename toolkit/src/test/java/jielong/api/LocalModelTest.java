package jielong.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jielong.generate.Generator;
import jielong.generate.Sampling;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.tokenize.CharTokenizer;
import org.junit.jupiter.api.Test;

/** {@link LocalModel} against the library's own decoding loop, and its stop sequences against a cut by hand. */
class LocalModelTest {
    static final CharTokenizer TOK = CharTokenizer.fromText("abcdefgh \n");
    static final Gpt GPT = new Gpt(new GptConfig(TOK.vocabSize(), 16, 1, 2, 16, 0f), 7);
    static final LocalModel MODEL = LocalModel.of("tiny", GPT, TOK);

    @Test
    void greedyCompletionIsTheGeneratorsGreedyText() {
        String prompt = "abc d";
        int[] ids = new Generator(GPT).generate(TOK.encode(prompt), 10, Sampling.greedy(), 0, null);
        Completion c = MODEL.complete(prompt, new CompletionOptions(0, 10, List.of(), 0));
        assertEquals(TOK.decode(ids), c.text());
        assertEquals(Completion.LENGTH, c.finishReason());
        assertEquals(5, c.promptTokens());
        assertEquals(10, c.completionTokens());
        assertEquals(15, c.totalTokens());
    }

    @Test
    void sampledCompletionIsTheGeneratorsSampleWithTheSameSeed() {
        int[] ids = new Generator(GPT).generate(TOK.encode("ha"), 12, Sampling.temperature(1.5f), 42, null);
        CompletionOptions options = new CompletionOptions(1.5, 12, List.of(), 42);
        assertEquals(TOK.decode(ids), MODEL.text("ha", options));
        assertEquals(MODEL.text("ha", options), MODEL.text("ha", options), "the same seed must give the same text");
        assertNotEquals(MODEL.text("ha", options), MODEL.text("ha", options.withSeed(43)), "another seed should give another text");
    }

    @Test
    void aStopSequenceCutsTheTextWhereItFirstAppears() {
        CompletionOptions free = new CompletionOptions(2.0, 14, List.of(), 3);
        String full = MODEL.text("a", free);
        String stop = full.substring(5, 7);
        int at = full.indexOf(stop);
        Completion c = MODEL.complete("a", free.withStop(stop, "zz-never"));
        assertEquals(full.substring(0, at), c.text(), "stop " + stop + " in " + full);
        assertEquals(Completion.STOP, c.finishReason());
        assertEquals(at + stop.length(), c.completionTokens(), "tokens written up to and including the stop sequence");
    }

    @Test
    void badOptionsAndPromptsSayWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CompletionOptions(-1, 5, List.of(), 0))
                .getMessage().contains("temperature"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CompletionOptions(Double.NaN, 5, List.of(), 0))
                .getMessage().contains("temperature"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CompletionOptions(0, 0, List.of(), 0))
                .getMessage().contains("max tokens"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CompletionOptions(0, 5, List.of(""), 0))
                .getMessage().contains("stop"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new CompletionOptions(0, 5, List.of("a", "b", "c", "d", "e"), 0))
                .getMessage().contains("at most 4"));
        CompletionModel.PromptTooLong tooLong = assertThrows(CompletionModel.PromptTooLong.class,
                () -> MODEL.complete("a".repeat(17), CompletionOptions.answer()));
        assertEquals(17, tooLong.promptTokens);
        assertEquals(16, tooLong.contextLength);
        assertThrows(IllegalArgumentException.class, () -> MODEL.complete("", CompletionOptions.answer()));
        assertThrows(IllegalArgumentException.class, () -> MODEL.complete("xyz", CompletionOptions.answer()));
    }
}
