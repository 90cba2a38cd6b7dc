package jielong.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jielong.engine.Tensor;
import jielong.model.Gpt;
import jielong.model.GptConfig;

class WeightsTest {
    @TempDir
    Path dir;

    @Test
    void npyHeaderIsWhatNumpyExpects() throws IOException {
        byte[] b = Npz.npyBytes(new Npz.Array(new int[] {2, 3}, new float[] {1, 2, 3, 4, 5, 6}, false));
        assertEquals(0x93, b[0] & 0xff);
        assertEquals("NUMPY", new String(b, 1, 5, StandardCharsets.US_ASCII));
        int headerLen = ByteBuffer.wrap(b, 8, 2).order(ByteOrder.LITTLE_ENDIAN).getShort();
        assertEquals(0, (10 + headerLen) % 64, "numpy aligns the data to 64 bytes");
        String header = new String(b, 10, headerLen, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }"), header);
        assertTrue(header.endsWith("\n"));
        ByteBuffer data = ByteBuffer.wrap(b, 10 + headerLen, 24).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(1f, data.getFloat());
        assertEquals(2f, data.getFloat());
        assertEquals(6, (b.length - 10 - headerLen) / 4);
        Npz.Array back = Npz.readNpy(new ByteArrayInputStream(b), "test");
        assertArrayEquals(new int[] {2, 3}, back.shape());
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 6}, back.data());
    }

    @Test
    void oneDimensionalShapeHasATrailingComma() throws IOException {
        byte[] b = Npz.npyBytes(new Npz.Array(new int[] {4}, new float[4], false));
        assertTrue(new String(b, StandardCharsets.US_ASCII).contains("'shape': (4,)"));
    }

    @Test
    void modelRoundTripsThroughNpzWithIdenticalLogits() throws IOException {
        Gpt model = new Gpt(new GptConfig(17, 8, 2, 2, 16, 0f), 5);
        Path file = dir.resolve("model.npz");
        Weights.exportNpz(model, file);
        Gpt back = Weights.importNpz(file);
        assertEquals(model.config, back.config);
        model.parameters().forEach((name, p) -> assertArrayEquals(p.data, back.parameters().get(name).data, name));
        int[] idx = {1, 2, 3, 4, 5, 6, 7, 8};
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            assertArrayEquals(model.forward(idx, 8).data, back.forward(idx, 8).data);
        }
        assertTrue(Npz.read(file).containsKey("h.1.attn.c_attn.weight"), "GPT-2 parameter names");
    }

    /** NumPy, reading only the .npz file, computes the same logits (skipped where NumPy is absent). */
    @Test
    void numpyComputesTheSameLogitsFromTheExportedFile() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Process probe = new ProcessBuilder(python.toString(), "-c", "import numpy").start();
        org.junit.jupiter.api.Assumptions.assumeTrue(probe.waitFor() == 0, "NumPy is not installed for /usr/bin/python3");

        Gpt model = new Gpt(new GptConfig(23, 12, 2, 2, 16, 0f), 9);
        Path file = dir.resolve("model.npz");
        Weights.exportNpz(model, file);
        Path script = dir.resolve("gpt_numpy.py");
        try (var in = getClass().getResourceAsStream("gpt_numpy.py")) {
            Files.copy(in, script);
        }
        int[] idx = {4, 8, 15, 16, 22, 3, 0};
        var cmd = new java.util.ArrayList<>(java.util.List.of(python.toString(), script.toString(), file.toString()));
        for (int t : idx) cmd.add(Integer.toString(t));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        String[] lines = out.strip().split("\\R");
        Tensor logits;
        try (Tensor.NoGrad g = Tensor.noGrad()) {
            logits = model.forward(idx, idx.length);
        }
        assertEquals(23, lines.length, out);
        for (int v = 0; v < 23; v++) {
            assertEquals(Double.parseDouble(lines[v]), logits.get(idx.length - 1, v), 1e-4, "logit " + v);
        }
    }

    @Test
    void wrongShapeIsReportedByName() throws IOException {
        Gpt model = new Gpt(new GptConfig(17, 8, 1, 2, 16, 0f), 5);
        Path file = dir.resolve("model.npz");
        Weights.exportNpz(model, file);
        var arrays = Npz.read(file);
        arrays.put("ln_f.weight", new Npz.Array(new int[] {3}, new float[3], false));
        Npz.write(file, arrays);
        IOException e = assertThrows(IOException.class, () -> Weights.importNpz(file));
        assertTrue(e.getMessage().contains("'ln_f.weight' has shape [3]"), e.getMessage());
        Files.writeString(file, "not a zip");
        assertThrows(IOException.class, () -> Weights.importNpz(file));
    }
}
