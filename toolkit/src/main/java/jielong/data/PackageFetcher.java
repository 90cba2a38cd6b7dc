package jielong.data;

import java.nio.file.Path;

/** Fetches a registry package's tarball; the npm client in real use, a fake one in tests. */
@FunctionalInterface
public interface PackageFetcher {
    /** Downloads {@code source}'s package into {@code folder} and returns the .tgz it wrote. */
    Path fetch(Source source, Path folder);
}
