package jielong.data;

/**
 * One dataset as the manifest describes it: what it is for, where it comes from, its licence,
 * and the size and SHA-256 of the prepared file that every learner must end up with.
 */
public record DatasetEntry(
        String name, String purpose, Source source, String derivation,
        String licence, String attribution,
        String file, long bytes, long lines, String sha256) {

    /** True for JSON Lines files (one record per line); false for plain text corpora. */
    public boolean isRecords() {
        return file.endsWith(".jsonl");
    }

    /** Size in a form people read, e.g. "57.3 MB". */
    public String size() {
        if (bytes < 1_000) return bytes + " B";
        if (bytes < 1_000_000) return String.format("%.1f kB", bytes / 1e3);
        return String.format("%.1f MB", bytes / 1e6);
    }
}
