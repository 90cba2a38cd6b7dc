package jielong.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the fast trainer, with its incremental bookkeeping, against the plainest possible one. */
class BpeTrainerTest {

    @Test
    void learnsTheSameMergesAsRecountingEverythingEachTime() {
        Random random = new Random(17);
        for (int trial = 0; trial < 20; trial++) {
            // Few distinct characters, so that pairs repeat and overlap ("aaaa", "abab") and ties are common.
            int[] alphabet = (trial % 2 == 0 ? "aab  b.\n" : "aa明月 😀e\u0301").codePoints().toArray();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 400; i++) {
                text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String sample = text.toString();
            assertEquals(naiveMerges(sample, 60), BpeTrainer.train(sample, 60), "trial " + trial);
        }
    }

    /** Recounts every pair of every chunk before each merge: slow, and obviously right. */
    private static List<Merge> naiveMerges(String text, int mergeCount) {
        List<List<Integer>> chunks = new ArrayList<>();
        for (String chunk : Chunker.split(text)) {
            List<Integer> tokens = new ArrayList<>();
            for (byte b : chunk.getBytes(StandardCharsets.UTF_8)) {
                tokens.add(b & 0xFF);
            }
            chunks.add(tokens);
        }
        List<Merge> merges = new ArrayList<>();
        while (merges.size() < mergeCount) {
            Map<Pair, Integer> counts = new HashMap<>();
            for (List<Integer> tokens : chunks) {
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    counts.merge(new Pair(tokens.get(i), tokens.get(i + 1)), 1, Integer::sum);
                }
            }
            if (counts.isEmpty()) {
                break;
            }
            Pair best = null;
            for (Map.Entry<Pair, Integer> entry : counts.entrySet()) {
                if (best == null || entry.getValue() > counts.get(best)
                        || (entry.getValue().equals(counts.get(best)) && entry.getKey().compareTo(best) < 0)) {
                    best = entry.getKey();
                }
            }
            Merge merge = new Merge(best.left(), best.right(), BpeTokenizer.BYTE_TOKENS + merges.size());
            for (List<Integer> tokens : chunks) {
                for (int i = 0; i + 1 < tokens.size(); i++) {
                    if (tokens.get(i) == merge.left() && tokens.get(i + 1) == merge.right()) {
                        tokens.set(i, merge.id());
                        tokens.remove(i + 1);
                    }
                }
            }
            merges.add(merge);
        }
        return merges;
    }
}
