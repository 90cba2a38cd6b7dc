package jielong.gpu;

/** A CUDA, NVRTC or cuBLAS call that failed, or a library that is missing: the message says which and why. */
public final class CudaException extends RuntimeException {
    public CudaException(String message) {
        super(message);
    }
}
