package jielong.gpu;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * The CUDA driver API (libcuda.so.1), the calls this backend needs and nothing more. Every call
 * goes through {@link #check}, so a failure names the call and CUDA's own words for the error.
 * Device pointers are plain longs (CUdeviceptr); one context, the device's primary one.
 */
final class Driver {
    static final int ATTR_MULTIPROCESSORS = 16, ATTR_CC_MAJOR = 75, ATTR_CC_MINOR = 76;

    private final MethodHandle cuInit, cuDriverGetVersion, cuDeviceGetCount, cuDeviceGet, cuDeviceGetName,
            cuDeviceTotalMem, cuDeviceGetAttribute, cuDevicePrimaryCtxRetain, cuCtxSetCurrent, cuMemAlloc,
            cuMemFree, cuMemcpyHtoD, cuMemcpyDtoH, cuMemsetD32, cuMemGetInfo, cuModuleLoadData,
            cuModuleGetFunction, cuLaunchKernel, cuCtxSynchronize, cuGetErrorName, cuGetErrorString;
    private final Arena arena = Arena.ofAuto();
    private final MemorySegment out = arena.allocate(JAVA_LONG, 2); // out-parameters, reused call after call

    Driver() {
        NativeLibrary lib = NativeLibrary.open("The NVIDIA driver library (libcuda.so.1)", List.of("libcuda.so.1"),
                "--device cuda needs an NVIDIA GPU and its driver: `nvidia-smi` should list the GPU. Without one, "
                        + "leave out --device (the CPU engine runs everywhere).");
        cuInit = lib.function("cuInit", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
        cuDriverGetVersion = lib.function("cuDriverGetVersion", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        cuDeviceGetCount = lib.function("cuDeviceGetCount", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        cuDeviceGet = lib.function("cuDeviceGet", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        cuDeviceGetName = lib.function("cuDeviceGetName", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        cuDeviceTotalMem = lib.function("cuDeviceTotalMem_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        cuDeviceGetAttribute = lib.function("cuDeviceGetAttribute", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        cuDevicePrimaryCtxRetain = lib.function("cuDevicePrimaryCtxRetain", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
        cuCtxSetCurrent = lib.function("cuCtxSetCurrent", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        cuMemAlloc = lib.function("cuMemAlloc_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        cuMemFree = lib.function("cuMemFree_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG));
        // critical(true): the copies read and write Java arrays in place, with no staging copy.
        cuMemcpyHtoD = lib.function("cuMemcpyHtoD_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS, JAVA_LONG),
                Linker.Option.critical(true));
        cuMemcpyDtoH = lib.function("cuMemcpyDtoH_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG),
                Linker.Option.critical(true));
        cuMemsetD32 = lib.function("cuMemsetD32_v2", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_LONG));
        cuMemGetInfo = lib.function("cuMemGetInfo_v2", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        cuModuleLoadData = lib.function("cuModuleLoadData", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
        cuModuleGetFunction = lib.function("cuModuleGetFunction", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, ADDRESS));
        cuLaunchKernel = lib.function("cuLaunchKernel", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, JAVA_INT, JAVA_INT,
                JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS, ADDRESS));
        cuCtxSynchronize = lib.function("cuCtxSynchronize", FunctionDescriptor.of(JAVA_INT));
        cuGetErrorName = lib.function("cuGetErrorName", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
        cuGetErrorString = lib.function("cuGetErrorString", FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS));
    }

    /** Throws unless status is CUDA_SUCCESS (0), naming the call and CUDA's error. */
    void check(String call, int status) {
        if (status == 0) return;
        throw new CudaException(call + " failed: " + errorText(status));
    }

    /** "CUDA_ERROR_OUT_OF_MEMORY (out of memory)", from the driver's own tables. */
    String errorText(int status) {
        try {
            int a = (int) cuGetErrorName.invokeExact(status, out);
            String name = a == 0 ? cString(out.get(ADDRESS, 0)) : "CUresult " + status;
            int b = (int) cuGetErrorString.invokeExact(status, out);
            return b == 0 ? name + " (" + cString(out.get(ADDRESS, 0)) + ")" : name;
        } catch (Throwable t) {
            return "CUresult " + status;
        }
    }

    private static String cString(MemorySegment p) {
        return p.reinterpret(4096).getString(0);
    }

    void init() {
        check("cuInit", call(() -> (int) cuInit.invokeExact(0)));
    }

    int driverVersion() {
        check("cuDriverGetVersion", call(() -> (int) cuDriverGetVersion.invokeExact(out)));
        return out.get(JAVA_INT, 0);
    }

    int deviceCount() {
        check("cuDeviceGetCount", call(() -> (int) cuDeviceGetCount.invokeExact(out)));
        return out.get(JAVA_INT, 0);
    }

    int device(int ordinal) {
        check("cuDeviceGet", call(() -> (int) cuDeviceGet.invokeExact(out, ordinal)));
        return out.get(JAVA_INT, 0);
    }

    String deviceName(int dev) {
        MemorySegment buf = arena.allocate(256);
        check("cuDeviceGetName", call(() -> (int) cuDeviceGetName.invokeExact(buf, 256, dev)));
        return buf.getString(0);
    }

    long totalMemory(int dev) {
        check("cuDeviceTotalMem_v2", call(() -> (int) cuDeviceTotalMem.invokeExact(out, dev)));
        return out.get(JAVA_LONG, 0);
    }

    int attribute(int dev, int attribute) {
        check("cuDeviceGetAttribute(" + attribute + ")", call(() -> (int) cuDeviceGetAttribute.invokeExact(out, attribute, dev)));
        return out.get(JAVA_INT, 0);
    }

    /** The device's primary context: the one cuBLAS (through the CUDA runtime) also uses. */
    long primaryContext(int dev) {
        check("cuDevicePrimaryCtxRetain", call(() -> (int) cuDevicePrimaryCtxRetain.invokeExact(out, dev)));
        return out.get(JAVA_LONG, 0);
    }

    void setCurrent(long ctx) {
        check("cuCtxSetCurrent", call(() -> (int) cuCtxSetCurrent.invokeExact(ctx)));
    }

    /** Free and total device memory in bytes. */
    long[] memoryInfo() {
        MemorySegment total = out.asSlice(8);
        check("cuMemGetInfo_v2", call(() -> (int) cuMemGetInfo.invokeExact(out, total)));
        return new long[] {out.get(JAVA_LONG, 0), total.get(JAVA_LONG, 0)};
    }

    /** Allocation status, left to the caller to check (it retries after freeing memory). */
    int tryAlloc(long bytes, long[] ptr) {
        int s = call(() -> (int) cuMemAlloc.invokeExact(out, bytes));
        ptr[0] = out.get(JAVA_LONG, 0);
        return s;
    }

    void free(long ptr) {
        check("cuMemFree_v2", call(() -> (int) cuMemFree.invokeExact(ptr)));
    }

    void upload(long dst, float[] src, int offset, int count) {
        MemorySegment s = MemorySegment.ofArray(src).asSlice(4L * offset, 4L * count);
        check("cuMemcpyHtoD_v2", call(() -> (int) cuMemcpyHtoD.invokeExact(dst, s, 4L * count)));
    }

    void upload(long dst, int[] src) {
        MemorySegment s = MemorySegment.ofArray(src);
        check("cuMemcpyHtoD_v2", call(() -> (int) cuMemcpyHtoD.invokeExact(dst, s, 4L * src.length)));
    }

    void download(float[] dst, long src) {
        MemorySegment d = MemorySegment.ofArray(dst);
        check("cuMemcpyDtoH_v2", call(() -> (int) cuMemcpyDtoH.invokeExact(d, src, 4L * dst.length)));
    }

    void download(double[] dst, long src) {
        MemorySegment d = MemorySegment.ofArray(dst);
        check("cuMemcpyDtoH_v2", call(() -> (int) cuMemcpyDtoH.invokeExact(d, src, 8L * dst.length)));
    }

    /** Sets count 32-bit words to the given bits (0 for float zeros). */
    void fill(long dst, int bits, long count) {
        check("cuMemsetD32_v2", call(() -> (int) cuMemsetD32.invokeExact(dst, bits, count)));
    }

    long loadModule(byte[] image) {
        MemorySegment img = arena.allocate(image.length + 1L);
        img.copyFrom(MemorySegment.ofArray(image));
        check("cuModuleLoadData", call(() -> (int) cuModuleLoadData.invokeExact(out, img)));
        return out.get(JAVA_LONG, 0);
    }

    long function(long module, String name) {
        MemorySegment n = arena.allocateFrom(name);
        check("cuModuleGetFunction(" + name + ")", call(() -> (int) cuModuleGetFunction.invokeExact(out, module, n)));
        return out.get(JAVA_LONG, 0);
    }

    /** Launches on the default stream; params points to one pointer per kernel argument. */
    void launch(String name, long f, int gx, int gy, int gz, int bx, int by, int bz, int shared, MemorySegment params) {
        check("cuLaunchKernel(" + name + ")", call(() -> (int) cuLaunchKernel.invokeExact(f, gx, gy, gz, bx, by, bz,
                shared, 0L, params, MemorySegment.NULL)));
    }

    /** Waits for all queued work; a kernel's own failure (a bad address, say) surfaces here. */
    void synchronize() {
        check("cuCtxSynchronize", call(() -> (int) cuCtxSynchronize.invokeExact()));
    }

    /** A native call that returns a status; MethodHandle's Throwable becomes an unchecked error. */
    interface NativeCall {
        int run() throws Throwable;
    }

    static int call(NativeCall c) {
        try {
            return c.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
