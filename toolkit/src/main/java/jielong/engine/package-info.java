/**
 * The tensor engine: float32 {@link jielong.engine.Tensor}s with reverse-mode autograd, the
 * differentiable {@link jielong.engine.Ops} (each backward beside its forward), and the {@link
 * jielong.engine.Backend} that runs the kernels (scalar or vectorised on the CPU, CUDA in {@code
 * toolkit/gpu}) on a deterministic thread pool ({@link jielong.engine.Parallel}).
 */
package jielong.engine;
