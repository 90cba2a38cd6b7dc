package jielong.data;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the checkout (the folder holding {@code datasets/manifest.json}) and the cache folder:
 * {@code $JIELONG_CACHE} when set, else {@code .jielong/} at the checkout's root, which git ignores.
 */
public final class Locations {
    /** Environment variable that moves the cache, e.g. to a shared classroom disk. */
    public static final String CACHE_VARIABLE = "JIELONG_CACHE";

    private Locations() {}

    /** The checkout's root, searched upwards from the working folder (notebooks run one level down). */
    public static Path checkout() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(Manifest.RELATIVE_PATH))) return dir;
        }
        throw new DatasetException("Cannot find " + Manifest.RELATIVE_PATH + " in " + start
                + " or any folder above it; run from inside the Jielong checkout.");
    }

    /** The cache folder for downloaded packages and prepared datasets. */
    public static Path cache() {
        String override = System.getenv(CACHE_VARIABLE);
        if (override != null && !override.isBlank()) return Path.of(override).toAbsolutePath();
        return checkout().resolve(".jielong");
    }
}
