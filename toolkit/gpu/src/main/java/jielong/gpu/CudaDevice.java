package jielong.gpu;

/**
 * The GPU this process uses (the first one) with everything opened for it: driver, context,
 * our compiled kernels, cuBLAS if present, and the memory pool. Opening it is the one place
 * that loads native libraries, so nothing is loaded until --device cuda asks for it.
 */
final class CudaDevice {
    final Driver driver;
    final String name;
    final Kernels kernels;
    final Gemm gemm;
    final DeviceMemory memory;
    private final long context;
    private final String description;
    private final ThreadLocal<Boolean> current = ThreadLocal.withInitial(() -> false);

    private CudaDevice(Driver driver, int dev) {
        this.driver = driver;
        this.name = driver.deviceName(dev);
        this.context = driver.primaryContext(dev);
        makeCurrent();
        int major = driver.attribute(dev, Driver.ATTR_CC_MAJOR), minor = driver.attribute(dev, Driver.ATTR_CC_MINOR);
        Nvrtc nvrtc = new Nvrtc();
        long t0 = System.nanoTime();
        this.kernels = new Kernels(driver, nvrtc.compile(KernelSource.program(), "jielong_kernels.cu", major, minor));
        long compileMs = (System.nanoTime() - t0) / 1_000_000;
        Cublas cublas;
        String cublasText;
        try {
            // JIELONG_CUDA_NO_CUBLAS=1 tries our own gemm_tiled; JIELONG_CUDA_TF32=1 lets cuBLAS use TF32.
            if ("1".equals(System.getenv("JIELONG_CUDA_NO_CUBLAS"))) throw new CudaException("JIELONG_CUDA_NO_CUBLAS=1");
            cublas = new Cublas("1".equals(System.getenv("JIELONG_CUDA_TF32")));
            cublasText = "cuBLAS " + cublas.version() + ("1".equals(System.getenv("JIELONG_CUDA_TF32")) ? " (TF32)" : "");
        } catch (CudaException e) {
            cublas = null;
            cublasText = "no cuBLAS (" + e.getMessage() + ")";
        }
        this.gemm = new Gemm(cublas, kernels);
        long[] mem = driver.memoryInfo();
        // Ask Java for a collection whenever 40% of the free memory (or JIELONG_CUDA_GC_GB) has gone to new buffers.
        String gb = System.getenv("JIELONG_CUDA_GC_GB");
        this.memory = new DeviceMemory(driver, gb != null ? (long) (Double.parseDouble(gb) * (1L << 30)) : (long) (0.4 * mem[0]));
        int dv = driver.driverVersion();
        this.description = String.format("%s, compute capability %d.%d, %d multiprocessors, %.1f GiB (%.1f GiB free); "
                        + "driver API %d.%d; NVRTC %s (kernels compiled in %d ms); %s",
                name, major, minor, driver.attribute(dev, Driver.ATTR_MULTIPROCESSORS), driver.totalMemory(dev) / 1073741824.0,
                mem[0] / 1073741824.0, dv / 1000, dv % 1000 / 10, nvrtc.version(), compileMs, cublasText);
    }

    static CudaDevice open() {
        Driver driver = new Driver();
        driver.init();
        if (driver.deviceCount() == 0) {
            throw new CudaException("the NVIDIA driver is installed but sees no GPU (cuDeviceGetCount returned 0): "
                    + "check `nvidia-smi`, and CUDA_VISIBLE_DEVICES if it is set");
        }
        return new CudaDevice(driver, driver.device(0));
    }

    /** Makes the context current on the calling thread (CUDA keeps one per thread). */
    void makeCurrent() {
        if (!current.get()) {
            driver.setCurrent(context);
            current.set(true);
        }
    }

    String describe() {
        return description;
    }
}
