package jielong.gpu;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Token ids and targets on the GPU. Ops hands the same int[] to an op's forward and backward,
 * so the few most recent arrays are kept (arrays compare by identity) and uploaded once.
 */
final class IdsOnDevice {
    private static final int KEEP = 8;

    private final Driver cu;
    private final DeviceMemory memory;
    private final Map<int[], Long> recent = new LinkedHashMap<>(); // insertion order: oldest first

    IdsOnDevice(Driver cu, DeviceMemory memory) {
        this.cu = cu;
        this.memory = memory;
    }

    /** Device address of a copy of ids. */
    long of(int[] ids) {
        Long p = recent.get(ids);
        if (p != null) return p;
        if (recent.size() == KEEP) {
            int[] oldest = recent.keySet().iterator().next();
            memory.free(recent.remove(oldest), 4L * oldest.length);
        }
        long d = memory.alloc(4L * ids.length);
        cu.upload(d, ids);
        recent.put(ids, d);
        return d;
    }
}
