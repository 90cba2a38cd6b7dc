package jielong.engine;

/** The lane count of the JVM's preferred float vector, read without linking the incubator module. */
final class VectorWidth {
    private VectorWidth() {}

    static int lanes() {
        String name = Kernels.CHOSEN.name();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) floats").matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
}
