package jielong.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CUDA C source of every kernel, read from the .cu files beside this class and joined into
 * one program (common.cu first: the others use its helpers). The tests compile the same text with nvcc.
 */
public final class KernelSource {
    /** The files, in the order they are joined. */
    public static final List<String> FILES = List.of("common.cu", "elementwise.cu", "linear.cu", "embed.cu",
            "layernorm.cu", "attention.cu", "crossentropy.cu", "adamw.cu", "matmul.cu");

    private KernelSource() {}

    /** All files joined, each preceded by a #line directive so compiler errors name the right file. */
    public static String program() {
        StringBuilder sb = new StringBuilder();
        for (String f : FILES) sb.append("#line 1 \"").append(f).append("\"\n").append(read(f)).append('\n');
        return sb.toString();
    }

    private static String read(String file) {
        try (InputStream in = KernelSource.class.getResourceAsStream("kernels/" + file)) {
            if (in == null) throw new IllegalStateException("kernel source kernels/" + file + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
