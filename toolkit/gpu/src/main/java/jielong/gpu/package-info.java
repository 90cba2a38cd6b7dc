/**
 * The CUDA backend: {@link jielong.gpu.CudaBackend} runs every op of the engine's {@link
 * jielong.engine.Backend} on an NVIDIA GPU, with kernels in CUDA C compiled at start-up by NVRTC and
 * matrix products in cuBLAS where it is installed; tensors stay on the device until the host asks.
 * {@link jielong.gpu.Verify} checks its answers against the CPU's. Needs a JDK 22 or later.
 */
package jielong.gpu;
