package jielong.course.afterpretraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 19's run files: numbers read by column name from a fixture in its format, broken files refused by line. */
class CollapseFileTest {
    @TempDir
    Path dir;

    private static final String HEADER = "# bigram; regime replace; 2 generations; 3 real poems; seed 19\n"
            + "generation\ttraining items\tloss on real poems (nats/char)\tdistinct-2\texamples\n";

    @Test
    void eachGenerationsNumbersByName() throws Exception {
        Path f = Files.writeString(dir.resolve("run.tsv"), HEADER + "0\t3\t7.25\t0.5\t春眠。|花落。\n1\t3\t7.75\t0.25\t春。|\n");
        List<Map<String, Double>> g = CollapseFile.read(f);
        assertEquals(2, g.size());
        assertEquals(1.0, g.get(1).get("generation"));
        assertEquals(7.75, g.get(1).get("loss on real poems (nats/char)"));
        assertEquals(0.5, g.get(0).get("distinct-2"));
        assertTrue(!g.get(0).containsKey("training items") && !g.get(0).containsKey("examples"));
    }

    @Test
    void brokenFilesSayWhatToDo() throws Exception {
        Path cut = Files.writeString(dir.resolve("cut.tsv"), HEADER + "0\t3\t7.25\n");
        String m = assertThrows(IllegalArgumentException.class, () -> CollapseFile.read(cut)).getMessage();
        assertTrue(m.contains("line 3") && m.contains("rerun lesson 19"), m);
        Path other = Files.writeString(dir.resolve("other.tsv"), "a\tb\n1\t2\n3\t4\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CollapseFile.read(other)).getMessage().contains("not a lesson 19 run"));
        Path word = Files.writeString(dir.resolve("word.tsv"), HEADER + "0\t3\tmany\t0.5\tx\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CollapseFile.read(word)).getMessage().contains("line 3"));
    }
}
