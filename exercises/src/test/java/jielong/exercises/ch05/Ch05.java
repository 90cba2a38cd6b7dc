package jielong.exercises.ch05;

/** The only place where chapter 05's graded tests meet the learner's code (inputs are copied). */
final class Ch05 {
    private Ch05() {}

    static double crossEntropyBits(double[] probabilities) {
        return Compression.crossEntropyBits(probabilities.clone());
    }

    static long[] frequencies(double[] probabilities, long total) {
        return Compression.frequencies(probabilities.clone(), total);
    }

    static long[] narrow(long low, long high, long[] cumulative, int symbol) {
        return Compression.narrow(low, high, cumulative.clone(), symbol);
    }

    static int symbolAt(long[] cumulative, long value) {
        return Compression.symbolAt(cumulative.clone(), value);
    }

    static byte[] encode(int[] message, long[][] cumulative) {
        long[][] tables = new long[cumulative.length][];
        for (int i = 0; i < tables.length; i++) tables[i] = cumulative[i].clone();
        return Compression.encode(message.clone(), tables);
    }
}
