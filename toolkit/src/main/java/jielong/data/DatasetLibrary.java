package jielong.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Prepares datasets into a cache folder and hands out verified files. Everything is built in a
 * staging folder and checked against the manifest first; only a file that matches replaces the
 * cached one, so a failed download or a bad derivation never destroys a good copy.
 */
public final class DatasetLibrary {
    private final Manifest manifest;
    private final Path cache;
    private final PackageFetcher fetcher;

    /** A library over {@code manifest}, caching in {@code cache}, fetching packages with {@code fetcher}. */
    public DatasetLibrary(Manifest manifest, Path cache, PackageFetcher fetcher) {
        this.manifest = manifest;
        this.cache = cache;
        this.fetcher = fetcher;
    }

    /** The course's library: the checkout's manifest, the cache of {@link Locations}, the npm client. */
    public static DatasetLibrary standard() {
        return new DatasetLibrary(Manifest.read(Locations.checkout().resolve(Manifest.RELATIVE_PATH)),
                Locations.cache(), new NpmFetcher());
    }

    /** The catalogue this library serves. */
    public Manifest manifest() {
        return manifest;
    }

    /** The cache folder: packages/, datasets/ and a staging/ folder for work in progress. */
    public Path cache() {
        return cache;
    }

    /** Where the prepared file of {@code name} lives (or will live) in the cache. */
    public Path file(String name) {
        return cache.resolve("datasets").resolve(manifest.entry(name).file());
    }

    /** Where a package's verified tarball is kept, so later preparations need no network. */
    public Path packageFile(Source source) {
        return cache.resolve("packages").resolve(source.npm() + "-" + source.version() + ".tgz");
    }

    /** Whether the prepared file is there and matches the manifest's size and SHA-256. */
    public DatasetStatus status(String name) {
        DatasetEntry entry = manifest.entry(name);
        Path file = file(name);
        if (!Files.isRegularFile(file)) return DatasetStatus.MISSING;
        return matches(entry, file) ? DatasetStatus.READY : DatasetStatus.DAMAGED;
    }

    /** The verified prepared file, preparing it first if it is missing or damaged. */
    public Path path(String name) {
        DatasetStatus status = status(name);
        if (status == DatasetStatus.READY) return file(name);
        if (status == DatasetStatus.DAMAGED) {
            System.err.println("jielong: the cached " + name + " does not match its checksum; preparing it again.");
        }
        return prepare(name);
    }

    /** The prepared file's whole text (UTF-8). */
    public String text(String name) {
        try {
            return Files.readString(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prepared file's lines. */
    public List<String> lines(String name) {
        try {
            return Files.readAllLines(path(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds {@code name} now, even if a good copy exists, and installs it if it matches the
     * manifest. Preparing one poetry dataset installs its siblings too: they come from one pass.
     */
    public Path prepare(String name) {
        DatasetEntry entry = manifest.entry(name);
        Path staging = staging(name);
        try {
            if (entry.source().isPackage()) {
                preparePackageDerived(entry, staging);
            } else {
                Path staged = staging.resolve(entry.file());
                Files.writeString(staged, Generators.text(entry.source()), StandardCharsets.UTF_8);
                install(entry, staged);
            }
            return file(name);
        } catch (IOException e) {
            throw new DatasetException("Could not prepare " + name + ": " + e.getMessage()
                    + ". The cached copy, if any, was kept. Run: ./jielong datasets fetch " + name, e);
        } finally {
            deleteTree(staging);
        }
    }

    private void preparePackageDerived(DatasetEntry entry, Path staging) throws IOException {
        Source source = entry.source();
        if (!source.npm().equals("chinese-poetry")) {
            throw new DatasetException("The toolkit has no derivation for package " + source.npm());
        }
        Path tgz = verifiedPackage(entry, staging.resolve("download"));
        Map<String, Path> derived;
        try {
            derived = PoetryCorpus.derive(tgz, staging.resolve("derived"));
        } catch (IOException | RuntimeException e) {
            throw new DatasetException("Could not read " + source.packageSpec() + " from " + tgz + ": " + e
                    + ". Nothing was changed. Delete that file and run: ./jielong datasets fetch " + entry.name(), e);
        }
        for (var derivedFile : derived.entrySet()) {
            if (derivedFile.getKey().equals(entry.name())) continue;
            // Siblings are a bonus: installed when they verify, otherwise left for their own fetch to report.
            manifest.datasets().stream().filter(d -> d.name().equals(derivedFile.getKey())).findFirst()
                    .filter(sibling -> matches(sibling, derivedFile.getValue()))
                    .ifPresent(sibling -> move(derivedFile.getValue(), file(sibling.name())));
        }
        Path own = derived.get(entry.name());
        if (own == null) throw new DatasetException("The poetry derivation does not produce " + entry.name());
        install(entry, own);
    }

    /** The package tarball from the cache, or freshly fetched; either way its integrity is checked. */
    private Path verifiedPackage(DatasetEntry entry, Path downloadFolder) {
        Source source = entry.source();
        Path kept = packageFile(source);
        if (Files.isRegularFile(kept) && Checksums.integrity(kept).equals(source.integrity())) return kept;
        Path fetched = fetcher.fetch(source, downloadFolder);
        String integrity = Checksums.integrity(fetched);
        if (!integrity.equals(source.integrity())) {
            long size = size(fetched);
            String what = source.packedBytes() != null && size < source.packedBytes()
                    ? "is cut short (" + size + " of " + source.packedBytes() + " bytes)"
                    : "does not match the manifest's integrity hash (" + size + " bytes, " + integrity + ")";
            throw new DatasetException("The download of " + source.packageSpec() + " " + what
                    + ". Nothing was changed. Run again: ./jielong datasets fetch " + entry.name()
                    + " (if it keeps failing: npm cache verify).");
        }
        move(fetched, kept);
        return kept;
    }

    private void install(DatasetEntry entry, Path staged) {
        if (!matches(entry, staged)) {
            throw new DatasetException("Prepared " + entry.name() + " does not match datasets/manifest.json: got "
                    + size(staged) + " bytes, sha256 " + Checksums.sha256(staged) + "; expected " + entry.bytes()
                    + " bytes, sha256 " + entry.sha256() + ". The cached copy, if any, was kept. The toolkit and "
                    + "the manifest disagree: update the checkout (git pull) and run: ./jielong datasets fetch "
                    + entry.name());
        }
        move(staged, file(entry.name()));
    }

    private static boolean matches(DatasetEntry entry, Path file) {
        return size(file) == entry.bytes() && Checksums.sha256(file).equals(entry.sha256());
    }

    private Path staging(String name) {
        try {
            Files.createDirectories(cache.resolve("staging"));
            return Files.createTempDirectory(cache.resolve("staging"), name + "-");
        } catch (IOException e) {
            throw new DatasetException("Cannot write to the dataset cache " + cache + ": " + e.getMessage()
                    + ". Set " + Locations.CACHE_VARIABLE + " to a writable folder.", e);
        }
    }

    /** Staging lives inside the cache, so this is a rename: readers see the old file or the new, never half. */
    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // Leftover staging files are harmless; the next preparation uses a fresh folder.
        }
    }
}
