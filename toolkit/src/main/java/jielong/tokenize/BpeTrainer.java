package jielong.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Learns byte-pair merges from a text: again and again, find the most frequent pair of neighbouring
 * tokens and make it a new token.
 *
 * <p>Done naively, every merge would rescan the whole text. Three shortcuts give the same merges much faster:
 * <ul>
 *   <li>The text is reduced to its distinct chunks ("words"), each with how often it occurs, so
 *       " the" is worked on once, not thousands of times.</li>
 *   <li>Pair counts are kept up to date as merges happen. A merge changes only the pairs at and next
 *       to each occurrence of its pair, so only those are recounted, and only in words that contain it.</li>
 *   <li>The most frequent pair comes from a priority queue instead of a look at every pair.</li>
 * </ul>
 */
final class BpeTrainer {

    /** A pair and the count it had when it was queued; outdated once the pair's count changes. */
    private record Candidate(Pair pair, int count) implements Comparable<Candidate> {

        /** Most frequent first; ties go to the smaller pair: the smaller left id, then right id. */
        @Override
        public int compareTo(Candidate other) {
            return count != other.count ? Integer.compare(other.count, count) : pair.compareTo(other.pair);
        }
    }

    /** Each distinct chunk of the text as token ids; merging shortens it in place. */
    private final int[][] words;
    /** How many tokens of {@code words[w]} are in use. */
    private final int[] lengths;
    /** How often each distinct chunk occurs in the text. */
    private final int[] counts;
    /** How often each pair of neighbouring tokens occurs in the whole text; no zeros kept. */
    private final Map<Pair, Integer> pairCounts = new HashMap<>();
    /** For each pair, the words that contain it (and perhaps some that no longer do, which is harmless). */
    private final Map<Pair, Set<Integer>> wordsWithPair = new HashMap<>();
    /**
     * Pairs by count, most frequent first. Entries are not updated when a count changes; instead a
     * pair whose count grows is queued again, and an entry whose count is out of date is corrected when
     * it reaches the front. So every pair has an entry with at least its current count, and the front
     * entry, once up to date, is the most frequent pair.
     */
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>();

    private BpeTrainer(String text) {
        Map<String, Integer> chunkCounts = new HashMap<>();
        for (String chunk : Chunker.split(text)) {
            chunkCounts.merge(chunk, 1, Integer::sum);
        }
        words = new int[chunkCounts.size()][];
        lengths = new int[chunkCounts.size()];
        counts = new int[chunkCounts.size()];
        int w = 0;
        for (Map.Entry<String, Integer> entry : chunkCounts.entrySet()) {
            byte[] bytes = entry.getKey().getBytes(StandardCharsets.UTF_8);
            words[w] = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                words[w][i] = bytes[i] & 0xFF;     // a byte's token id is its unsigned value
            }
            lengths[w] = bytes.length;
            counts[w] = entry.getValue();
            for (int i = 0; i + 1 < bytes.length; i++) {
                addToPair(words[w][i], words[w][i + 1], counts[w], w);
            }
            w++;
        }
        pairCounts.forEach((pair, count) -> queue.add(new Candidate(pair, count)));
    }

    /**
     * Learns up to {@code mergeCount} merges from {@code text}; fewer when the text runs out of pairs.
     * Ties between equally frequent pairs go to the pair with the smaller left id, then the smaller right id.
     */
    static List<Merge> train(String text, int mergeCount) {
        BpeTrainer trainer = new BpeTrainer(text);
        List<Merge> merges = new ArrayList<>();
        while (merges.size() < mergeCount && !trainer.pairCounts.isEmpty()) {
            Pair pair = trainer.mostFrequentPair();
            Merge merge = new Merge(pair.left(), pair.right(), BpeTokenizer.BYTE_TOKENS + merges.size());
            trainer.apply(merge);
            merges.add(merge);
        }
        return merges;
    }

    private Pair mostFrequentPair() {
        while (true) {
            Candidate top = queue.poll();
            int count = pairCounts.getOrDefault(top.pair(), 0);
            if (count == top.count()) {
                return top.pair();
            }
            // The pair's count went down since it was queued (or to zero: then it is gone). Queue it
            // again with its current count, which puts it behind pairs that are now more frequent.
            if (count > 0) {
                queue.add(new Candidate(top.pair(), count));
            }
        }
    }

    /** Applies the merge to every word that contains its pair, recounting just the pairs it changes. */
    private void apply(Merge merge) {
        Set<Integer> affected = wordsWithPair.remove(new Pair(merge.left(), merge.right()));
        Set<Pair> created = new HashSet<>();
        for (int w : affected) {
            forgetPairsAroundOccurrences(w, merge);
            lengths[w] = merge.applyTo(words[w], lengths[w]);
            countPairsWithToken(w, merge.id(), created);
        }
        for (Pair pair : created) {
            queue.add(new Candidate(pair, pairCounts.get(pair)));
        }
    }

    /**
     * Takes away, in word {@code w}, the pairs the merge is about to change: each occurrence of its
     * pair, and the pairs linking an occurrence to the tokens on either side.
     */
    private void forgetPairsAroundOccurrences(int w, Merge merge) {
        int[] word = words[w];
        int length = lengths[w];
        int previousEnd = -1;   // where the last occurrence ended, so a link two occurrences share is taken once
        // The same left-to-right scan as Merge.applyTo, so both see the same occurrences.
        for (int i = 0; i + 1 < length; i++) {
            if (word[i] == merge.left() && word[i + 1] == merge.right()) {
                if (i > 0 && previousEnd != i - 1) {
                    addToPair(word[i - 1], word[i], -counts[w], w);
                }
                addToPair(word[i], word[i + 1], -counts[w], w);
                if (i + 2 < length) {
                    addToPair(word[i + 1], word[i + 2], -counts[w], w);
                }
                previousEnd = i + 1;
                i++;
            }
        }
    }

    /**
     * Counts, in word {@code w}, the pairs that include the new token {@code id}: the pairs the merge
     * created. Adds them to {@code created}, to be queued once their counts are complete.
     */
    private void countPairsWithToken(int w, int id, Set<Pair> created) {
        int[] word = words[w];
        for (int i = 0; i + 1 < lengths[w]; i++) {
            if (word[i] == id || word[i + 1] == id) {
                created.add(addToPair(word[i], word[i + 1], counts[w], w));
            }
        }
    }

    /**
     * Changes the count of pair (left, right) by {@code delta}, which word {@code w} contributes or
     * takes back, and returns the pair.
     */
    private Pair addToPair(int left, int right, int delta, int w) {
        Pair pair = new Pair(left, right);
        int count = pairCounts.merge(pair, delta, Integer::sum);
        if (count == 0) {
            pairCounts.remove(pair);
        }
        if (delta > 0) {
            wordsWithPair.computeIfAbsent(pair, key -> new HashSet<>()).add(w);
        }
        return pair;
    }
}
