package jielong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jielong.api.CompletionClient;
import jielong.api.CompletionOptions;
import jielong.api.CompletionServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./jielong serve} on a free port: it answers, and its bad inputs get exit code 2 and one clear line. */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void servesATrainedRunUntilStopped() throws Exception {
        Path text = dir.resolve("text.txt");
        Files.writeString(text, "Q: 2+2=?\nA: 4\n\n".repeat(50));
        Path run = dir.resolve("run");
        BadInputTest.Result trained = BadInputTest.run("train", "--data", text.toString(), "--out", run.toString(), "--iters", "3",
                "--layers", "1", "--heads", "2", "--embd", "16", "--block", "16", "--batch", "2", "--threads", "1", "--eval-iters", "1");
        assertEquals(0, trained.code(), trained.err());

        ServeCommand.stop = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> code = pool.submit(() -> Main.commandLine().execute("serve", "--checkpoint", run.toString(), "--port", "0", "--model", "tiny"));
            CompletionServer server = null;
            for (int i = 0; i < 600 && server == null; i++) {
                server = ServeCommand.running;
                if (server == null) Thread.sleep(50);
            }
            assertTrue(server != null, "the server did not start");
            CompletionClient client = new CompletionClient(server.uri(), "tiny");
            assertEquals(5, client.complete("Q: 2+2", new CompletionOptions(0, 5, java.util.List.of(), 0)).completionTokens());
            assertEquals(16, client.contextLength());
            ServeCommand.stop.countDown();
            assertEquals(0, code.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badInputsSaySoInOneLine() throws Exception {
        BadInputTest.Result missing = BadInputTest.run("serve", "--checkpoint", dir.resolve("nothing").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such run folder"), missing.err());
        BadInputTest.Result port = BadInputTest.run("serve", "--checkpoint", dir.toString(), "--port", "70000");
        assertEquals(2, port.code());
        assertTrue(port.err().contains("--port 70000"), port.err());
        assertTrue(port.err().strip().lines().count() <= 2, port.err());
    }
}
