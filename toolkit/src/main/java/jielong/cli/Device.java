package jielong.cli;

import jielong.engine.Backend;
import jielong.engine.Ops;

/**
 * {@code --device}: where the engine runs. The CUDA backend lives in the gpu module, which is
 * built only on a JDK 22 or newer, so it is looked up by name here rather than linked.
 */
enum Device {
    cpu, cuda;

    static final String CUDA_BACKEND = "jielong.gpu.CudaBackend";

    /** A device that cannot be used, with what is missing and how to get it. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** Switches the engine to this device and prints what it is running on. */
    void use() {
        if (this == cpu) return;
        Backend gpu = openCuda();
        Ops.use(gpu);
        try {
            System.out.println("device: " + gpu.getClass().getMethod("describe").invoke(gpu));
        } catch (ReflectiveOperationException e) {
            System.out.println("device: " + gpu.name());
        }
    }

    private static Backend openCuda() {
        int feature = Runtime.version().feature();
        if (feature < 22) {
            throw new Unavailable("--device cuda needs Java 22 or newer (this is Java " + feature + "): the GPU backend "
                    + "calls CUDA through the Foreign Function & Memory API. ./jielong picks a JDK 22+ by itself from "
                    + "JAVA_HOME or /usr/lib/jvm; install one (e.g. Temurin 25) if it finds none.");
        }
        Class<?> c;
        try {
            c = Class.forName(CUDA_BACKEND);
        } catch (ClassNotFoundException e) {
            throw new Unavailable("--device cuda: the GPU backend (module gpu) is not built. Build it with a JDK 22+: "
                    + "JAVA_HOME=/path/to/jdk-22+ mvn -DskipTests package (./jielong --device cuda does this itself).");
        }
        try {
            return (Backend) c.getMethod("open").invoke(null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r && r.getClass().getSimpleName().equals("CudaException")) {
                throw new Unavailable("--device cuda: " + r.getMessage());
            }
            throw new IllegalStateException("opening the GPU failed", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the GPU backend's open() could not be called", e);
        }
    }
}
