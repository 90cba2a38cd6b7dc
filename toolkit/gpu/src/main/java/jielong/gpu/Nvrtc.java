package jielong.gpu;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * NVRTC, CUDA's run-time compiler: turns our CUDA C source into machine code for the GPU in
 * hand (a cubin for its exact architecture), so nothing needs compiling ahead of time.
 */
final class Nvrtc {
    private final MethodHandle nvrtcVersion, nvrtcCreateProgram, nvrtcCompileProgram, nvrtcGetProgramLogSize,
            nvrtcGetProgramLog, nvrtcGetCUBINSize, nvrtcGetCUBIN, nvrtcDestroyProgram, nvrtcGetErrorString;

    Nvrtc() {
        NativeLibrary lib = NativeLibrary.open("NVRTC, CUDA's run-time compiler",
                List.of("libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so"),
                "Install the CUDA toolkit (its runtime compiler package is enough, e.g. cuda-nvrtc-13-0 or the "
                        + "nvidia-cuda-nvrtc Python wheel), or set JIELONG_CUDA_LIBS to the folder that holds libnvrtc.so.*.");
        nvrtcVersion = lib.function("nvrtcVersion", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        nvrtcCreateProgram = lib.function("nvrtcCreateProgram",
                FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, ADDRESS));
        nvrtcCompileProgram = lib.function("nvrtcCompileProgram", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, ADDRESS));
        nvrtcGetProgramLogSize = lib.function("nvrtcGetProgramLogSize", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
        nvrtcGetProgramLog = lib.function("nvrtcGetProgramLog", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
        nvrtcGetCUBINSize = lib.function("nvrtcGetCUBINSize", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
        nvrtcGetCUBIN = lib.function("nvrtcGetCUBIN", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
        nvrtcDestroyProgram = lib.function("nvrtcDestroyProgram", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        nvrtcGetErrorString = lib.function("nvrtcGetErrorString", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /** "13.0", say. */
    String version() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment major = a.allocate(JAVA_INT), minor = a.allocate(JAVA_INT);
            check("nvrtcVersion", Driver.call(() -> (int) nvrtcVersion.invokeExact(major, minor)));
            return major.get(JAVA_INT, 0) + "." + minor.get(JAVA_INT, 0);
        }
    }

    /**
     * Compiles source for compute capability major.minor into a cubin; a compile error throws
     * with the compiler's log, which names the line.
     */
    byte[] compile(String source, String name, int major, int minor) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment prog = a.allocate(ADDRESS);
            MemorySegment src = a.allocateFrom(source), nm = a.allocateFrom(name);
            check("nvrtcCreateProgram", Driver.call(() -> (int) nvrtcCreateProgram.invokeExact(prog, src, nm, 0,
                    MemorySegment.NULL, MemorySegment.NULL)));
            long p = prog.get(JAVA_LONG, 0);
            try {
                // No --use_fast_math: exact division and square roots, as the CPU engine computes them.
                String[] opts = {"--gpu-architecture=sm_" + major + minor, "--std=c++17"};
                MemorySegment optv = a.allocate(ADDRESS, opts.length);
                for (int i = 0; i < opts.length; i++) optv.setAtIndex(ADDRESS, i, a.allocateFrom(opts[i]));
                int status = Driver.call(() -> (int) nvrtcCompileProgram.invokeExact(p, opts.length, optv));
                if (status != 0) {
                    throw new CudaException("nvrtcCompileProgram failed: " + errorText(status) + " for sm_" + major + minor
                            + "\n" + log(a, p));
                }
                MemorySegment size = a.allocate(JAVA_LONG);
                check("nvrtcGetCUBINSize", Driver.call(() -> (int) nvrtcGetCUBINSize.invokeExact(p, size)));
                MemorySegment cubin = a.allocate(size.get(JAVA_LONG, 0));
                check("nvrtcGetCUBIN", Driver.call(() -> (int) nvrtcGetCUBIN.invokeExact(p, cubin)));
                return cubin.toArray(java.lang.foreign.ValueLayout.JAVA_BYTE);
            } finally {
                Driver.call(() -> (int) nvrtcDestroyProgram.invokeExact(prog));
            }
        }
    }

    private String log(Arena a, long p) {
        MemorySegment size = a.allocate(JAVA_LONG);
        check("nvrtcGetProgramLogSize", Driver.call(() -> (int) nvrtcGetProgramLogSize.invokeExact(p, size)));
        MemorySegment text = a.allocate(Math.max(1, size.get(JAVA_LONG, 0)));
        check("nvrtcGetProgramLog", Driver.call(() -> (int) nvrtcGetProgramLog.invokeExact(p, text)));
        return text.getString(0);
    }

    private void check(String call, int status) {
        if (status != 0) throw new CudaException(call + " failed: " + errorText(status));
    }

    private String errorText(int status) {
        try {
            MemorySegment s = (MemorySegment) nvrtcGetErrorString.invokeExact(status);
            return s.reinterpret(256).getString(0);
        } catch (Throwable t) {
            return "nvrtcResult " + status;
        }
    }
}
