package jielong.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;

class ParameterCountTest {
    @Test
    void formulaMatchesTheModelsActualArrays() {
        for (GptConfig c : new GptConfig[] {GptConfig.baby(65), GptConfig.tiny(30), new GptConfig(100, 12, 3, 3, 24, 0f)}) {
            Gpt gpt = new Gpt(c, 1);
            ParameterCount count = ParameterCount.of(c);
            assertEquals(gpt.parameterCount(), count.total(), c.toString());
            long attention = gpt.parameters().entrySet().stream().filter(e -> e.getKey().contains(".attn."))
                    .mapToLong(e -> e.getValue().size()).sum();
            assertEquals(attention, count.attention());
            long mlp = gpt.parameters().entrySet().stream().filter(e -> e.getKey().contains(".mlp."))
                    .mapToLong(e -> e.getValue().size()).sum();
            assertEquals(mlp, count.mlp());
        }
    }

    @Test
    void gpt3Is175Billion() {
        long n = ParameterCount.of(GptConfig.gpt3()).total();
        assertEquals(175e9, n, 0.01 * 175e9, "GPT-3's published 175 B, within 1%: got " + n);
    }

    @Test
    void gpt2FamilyMatchesPublishedCounts() {
        // Published (Radford et al. 2019, as released): 124 M, 355 M, 774 M, 1558 M.
        assertEquals(124.4e6, ParameterCount.of(GptConfig.gpt2()).total(), 0.5e6);
        assertEquals(354.8e6, ParameterCount.of(GptConfig.gpt2Medium()).total(), 1e6);
        assertEquals(774.0e6, ParameterCount.of(GptConfig.gpt2Large()).total(), 1e6);
        assertEquals(1557.6e6, ParameterCount.of(GptConfig.gpt2Xl()).total(), 1e6);
    }
}
