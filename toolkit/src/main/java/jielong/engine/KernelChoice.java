package jielong.engine;

/** Picks {@link VectorKernels} when the Vector API module is present, else the plain-Java loops. */
final class KernelChoice {
    static final String HINT = "jielong: the Vector API is not enabled, so training runs several times slower. "
            + "Start Java with --add-modules jdk.incubator.vector (./jielong does this for you).";

    private KernelChoice() {}

    static Kernels choose() {
        if (Boolean.getBoolean("jielong.scalar")) return new ScalarKernels();
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            try {
                // Loaded by name so that this class never links against the incubator module.
                return (Kernels) Class.forName("jielong.engine.VectorKernels")
                        .getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                System.err.println("jielong: Vector API present but unusable (" + e + "); using plain Java.");
                return new ScalarKernels();
            }
        }
        System.err.println(HINT);
        return new ScalarKernels();
    }
}
