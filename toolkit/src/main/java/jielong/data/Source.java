package jielong.data;

/**
 * Where a dataset comes from: an npm package pinned by version and integrity hash, or one of
 * the toolkit's generators with its seed and record count. Fields of the other kind are null.
 */
public record Source(
        String npm, String version, String integrity, Long packedBytes,
        String generator, Long seed, Integer count) {

    /** True when the data is derived from a registry package fetched with the npm client. */
    public boolean isPackage() {
        return npm != null;
    }

    /** The package as npm spells it, e.g. "chinese-poetry@2.0.1". */
    public String packageSpec() {
        return npm + "@" + version;
    }

    @Override
    public String toString() {
        return isPackage() ? "npm " + packageSpec() : "generator " + generator + " (seed " + seed + ")";
    }
}
