package jielong.nd4j;

import java.io.File;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Starts ND4J once per test run and prints how long that took, since a learner waits the same
 * time the first time a notebook touches ND4J.
 */
final class Nd4jStartup {
    private static boolean started;

    private Nd4jStartup() {}

    static synchronized void ensure() {
        if (started) return;
        File cache = new File(System.getProperty("org.bytedeco.javacpp.cachedir",
                System.getProperty("user.home") + "/.javacpp/cache"));
        // The very first run also unpacks ND4J's natives (~400 MB) into JavaCPP's cache.
        String[] entries = cache.list((dir, name) -> name.startsWith("nd4j-native-"));
        boolean cached = entries != null && entries.length > 0;
        long start = System.nanoTime();
        Nd4j.create(new float[] {1f, 2f}, new long[] {2}, 'c').addi(1f); // loads the backend, runs a native op
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("ND4J first use: %d ms (natives %s %s)%n", millis,
                cached ? "already in" : "unpacked into", cache);
        started = true;
    }
}
