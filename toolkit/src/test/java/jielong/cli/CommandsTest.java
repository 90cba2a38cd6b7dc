package jielong.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the commands in-process on tiny shapes and checks the lines scripts rely on. */
class CommandsTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute(args);
            assertEquals(0, code, "exit code of " + String.join(" ", args) + "\n" + buf);
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static double number(String out, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": ([-0-9.eE]+)$").matcher(out);
        assertTrue(m.find(), "no line '" + key + ": X' in:\n" + out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void trainResumeSampleAndExport() throws Exception {
        Path data = dir.resolve("text.txt");
        Files.writeString(data, "床前明月光，疑是地上霜。举头望明月，低头思故乡。\n".repeat(40));
        String[] shape = {"--data", data.toString(), "--layers", "1", "--heads", "2", "--embd", "16", "--block", "8",
                "--batch", "4", "--seed", "3", "--threads", "1", "--out", dir.resolve("run").toString()};
        String out = run(concat(new String[] {"train", "--iters", "20", "--eval-interval", "10", "--eval-iters", "2"}, shape));
        double val = number(out, "val_loss");
        assertTrue(val > 0 && val < Math.log(13) + 0.5, out);
        assertTrue(number(out, "wall_s") >= 0);

        String resumed = run(concat(new String[] {"train", "--iters", "30", "--eval-interval", "10", "--eval-iters", "2", "--resume"}, shape));
        assertTrue(resumed.contains("resuming") && resumed.contains("at step 20"), resumed);

        String text = run("sample", "--checkpoint", dir.resolve("run").toString(), "--prompt", "床前", "--tokens", "12", "--seed", "1");
        assertTrue(text.startsWith("床前"), text);
        assertTrue(text.strip().codePointCount(0, text.strip().length()) >= 12, text);

        Path npz = dir.resolve("m.npz");
        run("export", "--checkpoint", dir.resolve("run").toString(), "--out", npz.toString());
        assertTrue(Files.size(npz) > 1000);
    }

    @Test
    void benchTrainPrintsTheReferenceScriptsLines() throws Exception {
        String out = run("bench", "train", "--layers", "1", "--heads", "2", "--embd", "16", "--block", "8", "--batch", "2",
                "--iters", "15", "--warmup", "5", "--threads", "1");
        assertTrue(number(out, "params") > 0);
        assertTrue(number(out, "ms_per_iter") > 0);
        assertTrue(number(out, "tokens_per_s") > 0);
        // The generated corpus has 13 symbols (digits, '+', '=', newline): an untrained model scores ln 13.
        assertEquals(Math.log(13), number(out, "loss_first"), 0.1, out);
        assertTrue(number(out, "loss_last") > 0);
    }

    @Test
    void benchGeneratePrintsBothSpeeds() {
        String out = run("bench", "generate", "--layers", "1", "--heads", "2", "--embd", "16", "--block", "16", "--threads", "1");
        assertTrue(number(out, "tokens_per_s_cached") > 0);
        assertTrue(number(out, "tokens_per_s_uncached") > 0);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
