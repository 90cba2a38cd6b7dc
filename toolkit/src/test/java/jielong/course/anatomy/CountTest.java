package jielong.course.anatomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import jielong.cost.Neurons;
import jielong.cost.ParameterCount;
import jielong.model.Gpt;
import jielong.model.GptConfig;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CountTest {
    @Test
    void arraysOfBuiltModelsMatchTheFormulaComponentByComponent() {
        for (GptConfig c : new GptConfig[] {GptConfig.tiny(65), GptConfig.baby(6112), new GptConfig(10, 8, 3, 3, 12, 0f)}) {
            assertEquals(ParameterCount.of(c), CountedArrays.of(new Gpt(c, 1)), c.toString());
        }
    }

    @Test
    void publishedCountsAreReproduced() {
        Table t = CountTables.published(PublishedSize.gptFamily());
        for (int r = 0; r < t.rowCount(); r++) {
            double error = Math.abs(t.doubleColumn("error (%)").get(r));
            assertTrue(error < 1.0, t.stringColumn("model").get(r) + " is off by " + error + "%");
        }
    }

    @Test
    void neuronsFollowTheirDefinitions() {
        // GPT-3 by hand: 96 blocks, each with 4·12288 MLP units, and 9·12288 outputs of linear layers in all.
        Neurons n = Neurons.of(GptConfig.gpt3());
        assertEquals(96L * 49152, n.mlpHidden());
        assertEquals(96L * 110592, n.linearOutputs());
    }

    @Test
    void memoryIsBytesPerParameterTimesCount() {
        Map<String, GptConfig> m = new LinkedHashMap<>();
        m.put("GPT-3", GptConfig.gpt3());
        Table t = CountTables.memory(m);
        double params = ParameterCount.of(GptConfig.gpt3()).total();
        assertEquals(params * 2 / 1e9, t.doubleColumn("fp16 weights").get(0), params * 2 / 1e9 * 0.01);
        assertEquals(4 * t.doubleColumn("int8 weights").get(0), t.doubleColumn("fp32 weights").get(0), 0.01 * t.doubleColumn("fp32 weights").get(0));
    }
}
