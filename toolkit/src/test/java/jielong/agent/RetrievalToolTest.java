package jielong.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jielong.retrieval.Bm25;
import org.junit.jupiter.api.Test;

/** Retrieval as a tool: the retriever's best passage, written and read back. */
class RetrievalToolTest {
    static final Bm25 INDEX = new Bm25()
            .add("V0", "In 2022, Luve Tabormar founded the Ofen Market in Quesrenford.")
            .add("V3", "In 1979, Veren Nisfen founded the Liques Market in Bortelholt.")
            .add("B1", "Kavo Renmi was born in Lumerewick in 1954 and works as a violin maker.");

    @Test
    void givesTheBestPassageWithItsId() {
        RetrievalTool tool = new RetrievalTool(INDEX);
        String out = tool.call("Who founded the Ofen Market?");
        assertEquals("[V0] In 2022, Luve Tabormar founded the Ofen Market in Quesrenford.", out);
        assertEquals(new RetrievalTool.Found("V0", INDEX.search("Who founded the Ofen Market?", 1).get(0).text()), RetrievalTool.read(out).get(0));
        assertEquals(1, RetrievalTool.read(out).size());
        assertEquals("B1", RetrievalTool.read(tool.call("Where was Kavo Renmi born?")).get(0).id());
    }

    @Test
    void severalPassagesOneALineInTheRetrieversOrder() {
        String out = new RetrievalTool(INDEX, 3).call("Who founded the Liques Market?");
        assertEquals(INDEX.search("Who founded the Liques Market?", 3).stream().map(h -> h.id()).toList(),
                RetrievalTool.read(out).stream().map(RetrievalTool.Found::id).toList());
        assertEquals("V3", RetrievalTool.read(out).get(0).id());
        assertEquals(out.lines().count(), RetrievalTool.read(out).size());
    }

    @Test
    void nothingMatchingSaysSo() {
        RetrievalTool tool = new RetrievalTool(INDEX);
        assertEquals(RetrievalTool.NOTHING, tool.call("zebra quantum"));
        assertTrue(RetrievalTool.read(RetrievalTool.NOTHING).isEmpty());
    }

    @Test
    void badInputSaysWhatToDo() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RetrievalTool(INDEX).call(" ")).getMessage().contains("needs a query"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RetrievalTool(null)).getMessage().contains("needs an index"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RetrievalTool(INDEX, 0)).getMessage().contains("at least 1 passage"));
    }
}
