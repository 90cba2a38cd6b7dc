package jielong.gpu;

import jielong.engine.Tensor;

/**
 * A tensor's values in GPU memory: data, and once backward reaches it, its gradient; for a
 * parameter, AdamW's two moment buffers too, with the host arrays they mirror so that
 * {@link Tensor#host()} brings the optimiser state back for a checkpoint.
 */
final class DeviceTensor implements Tensor.DeviceCopy, DeviceMemory.Buffers {
    private final Driver cu;
    final long n;
    final long data;
    long grad, m, v;
    float[] hostM, hostV;

    DeviceTensor(Driver cu, long n, long data) {
        this.cu = cu;
        this.n = n;
        this.data = data;
    }

    @Override
    public void toHost(float[] hostData, float[] hostGrad) {
        cu.download(hostData, data);
        if (hostGrad != null && grad != 0) cu.download(hostGrad, grad);
        if (m != 0) {
            cu.download(hostM, m);
            cu.download(hostV, v);
        }
    }

    @Override
    public boolean hasGrad() {
        return grad != 0;
    }

    @Override
    public void zeroGrad() {
        if (grad != 0) cu.fill(grad, 0, n);
    }

    @Override
    public void gradFromHost(float[] hostGrad) {
        // Without a device gradient yet, CudaBackend.grad() uploads the host's on first use.
        if (grad != 0) cu.upload(grad, hostGrad, 0, (int) n);
    }

    @Override
    public void release(DeviceMemory memory) {
        memory.free(data, 4 * n);
        memory.free(grad, 4 * n);
        memory.free(m, 4 * n);
        memory.free(v, 4 * n);
    }
}
