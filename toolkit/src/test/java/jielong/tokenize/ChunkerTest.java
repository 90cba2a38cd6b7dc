package jielong.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void splitsWordsNumbersSymbolsAndWhitespace() {
        assertEquals(List.of("Hello", " world", ",", " it", "'", "s", " 2024", "!", "\n\n", "Bye"),
                Chunker.split("Hello world, it's 2024!\n\nBye"));
    }

    @Test
    void aWordKeepsOneSpaceBeforeIt() {
        assertEquals(List.of("a", "  ", " b", "\n", " c", "  "), Chunker.split("a   b\n c  "));
    }

    @Test
    void chineseSplitsAtPunctuation() {
        assertEquals(List.of("床前明月光", "，", "疑是地上霜", "。"), Chunker.split("床前明月光，疑是地上霜。"));
    }

    @Test
    void combiningMarksStayWithTheirCharacter() {
        assertEquals(List.of("cafe\u0301", " ❤\uFE0F!"), Chunker.split("cafe\u0301 ❤\uFE0F!"));
    }

    @Test
    void emptyTextHasNoChunks() {
        assertEquals(List.of(), Chunker.split(""));
    }

    @Test
    void chunksJoinBackIntoTheText() {
        Random random = new Random(11);
        for (int trial = 0; trial < 300; trial++) {
            String text = RandomText.mixed(random, 50);
            List<String> chunks = Chunker.split(text);
            assertEquals(text, String.join("", chunks));
            chunks.forEach(chunk -> assertFalse(chunk.isEmpty()));
        }
    }
}
