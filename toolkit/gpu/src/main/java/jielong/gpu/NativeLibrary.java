package jielong.gpu;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One shared library opened with the Foreign Function & Memory API, found by file name in the
 * folders NVIDIA's installers use (plus JIELONG_CUDA_LIBS), and the typed handles to its functions.
 */
final class NativeLibrary {
    /** Folders tried before the system's own search (LD_LIBRARY_PATH, ldconfig). */
    private static final List<String> FOLDERS = List.of("/usr/local/nvidia/lib64", "/usr/local/nvidia/lib",
            "/usr/local/cuda/lib64", "/usr/local/cuda/targets/x86_64-linux/lib", "/usr/lib/x86_64-linux-gnu",
            "/usr/lib/wsl/lib");

    private static final Linker LINKER = Linker.nativeLinker();

    final String name;
    private final SymbolLookup lookup;

    private NativeLibrary(String name, SymbolLookup lookup) {
        this.name = name;
        this.lookup = lookup;
    }

    /**
     * Opens the first of fileNames found (newest version first), or throws a CudaException that
     * lists where it looked and ends with howToGet.
     */
    static NativeLibrary open(String what, List<String> fileNames, String howToGet) {
        List<String> tried = new ArrayList<>();
        for (String dir : folders()) {
            for (String file : fileNames) {
                Path p = Path.of(dir, file);
                if (Files.exists(p)) {
                    try {
                        return new NativeLibrary(p.toString(), SymbolLookup.libraryLookup(p, Arena.global()));
                    } catch (IllegalArgumentException e) {
                        tried.add(p + " (could not be loaded)");
                    }
                }
            }
        }
        for (String file : fileNames) { // the dynamic loader's own search: LD_LIBRARY_PATH, ldconfig
            try {
                return new NativeLibrary(file, SymbolLookup.libraryLookup(file, Arena.global()));
            } catch (IllegalArgumentException e) {
                tried.add(file);
            }
        }
        throw new CudaException(what + " was not found (tried " + String.join(", ", fileNames) + " in "
                + String.join(":", folders()) + " and the system's library path). " + howToGet);
    }

    private static List<String> folders() {
        List<String> dirs = new ArrayList<>();
        String extra = System.getenv("JIELONG_CUDA_LIBS");
        if (extra != null) for (String d : extra.split(":")) if (!d.isBlank()) dirs.add(d);
        dirs.addAll(FOLDERS);
        return dirs;
    }

    /** A handle to one function; a missing symbol means a library too old for this code. */
    MethodHandle function(String symbol, FunctionDescriptor signature, Linker.Option... options) {
        var address = lookup.find(symbol).orElseThrow(() -> new CudaException(
                name + " has no function " + symbol + ": the library is older than this code expects"));
        return LINKER.downcallHandle(address, signature, options);
    }

    /** Whether the library has a function (to use newer calls only where they exist). */
    boolean has(String symbol) {
        return lookup.find(symbol).isPresent();
    }
}
