package jielong.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import jielong.api.CompletionServer;
import jielong.api.LocalModel;
import jielong.train.Checkpoint;
import jielong.train.RunFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jielong serve}: a trained model behind a completions endpoint on the loopback address, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a trained model on the loopback address: POST /v1/completions (JSON in and out), GET /v1/models.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--checkpoint", required = true, paramLabel = "DIR|FILE", description = "run folder (ckpt.bin and tokenizer.txt) or its ckpt.bin")
    Path checkpoint;

    @Option(names = "--port", description = "port to listen on, 0 = any free one (default: ${DEFAULT-VALUE})")
    int port = 8000;

    @Option(names = "--model", paramLabel = "NAME", description = "the name requests use for it (default: ${DEFAULT-VALUE})")
    String name = "jielong";

    /** Counted down to stop a running serve (tests; Ctrl-C ends the JVM instead). */
    static volatile CountDownLatch stop = new CountDownLatch(1);
    /** The running server, for tests. */
    static volatile CompletionServer running;

    @Override
    public Integer call() throws Exception {
        BadInput.require(port >= 0 && port <= 65535, "--port " + port + ": give a port from 1 to 65535, or 0 for any free one");
        BadInput.require(!name.isBlank(), "--model: give the model a name, e.g. --model qa-gpt");
        RunFolder folder = RunFolder.of(checkpoint);
        BadInput.require(Files.isDirectory(folder.dir()), "--checkpoint " + checkpoint
                + ": no such run folder; train one first (./jielong train --out DIR, or run lesson 11 for runs/11-prompts/full)");
        RunFiles run = RunFiles.at(folder.dir());
        Checkpoint.Contents saved = run.load();
        LocalModel model = LocalModel.of(name, saved.toModel(), run.loadTokenizer(saved));
        CompletionServer server;
        try {
            server = CompletionServer.start(port, model);
        } catch (BindException e) {
            throw new BadInput("--port " + port + " is taken by another program: pick another --port, or 0 for any free one");
        } catch (IOException e) {
            throw new IOException("could not listen on port " + port + ": " + e.getMessage(), e);
        }
        running = server;
        System.out.printf("serving %s (%,d parameters, context %d) at %s/v1/completions%n", name,
                saved.toModel().parameterCount(), model.contextLength(), server.uri());
        System.out.println("try: curl -s " + server.uri() + "/v1/completions -H 'Content-Type: application/json' "
                + "-d '{\"model\": \"" + name + "\", \"prompt\": \"Q: 2+2=?\\nA: \", \"max_tokens\": 8, \"stop\": \"\\n\"}'");
        System.out.println("stop it with Ctrl-C");
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        try {
            stop.await();
        } finally {
            server.close();
            running = null;
        }
        return 0;
    }
}
