package jielong.experiment;

/**
 * One part of a sweep split over machines: shard {@code index} of {@code count}, counted from 1, as
 * {@code --shard 2/4} writes it. A batch scheduler starts one process per shard (a Slurm array job,
 * Kubernetes indexed Jobs); each writes its own results file, and reading the folder merges them.
 *
 * @param index which shard, 1 to count
 * @param count how many shards in all
 */
public record Shard(int index, int count) {

    /** The whole sweep as one shard. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist: write i/n with 1 ≤ i ≤ n");
        }
    }

    /** Reads {@code "2/4"}. */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("cannot read shard '" + text + "': write i/n, e.g. 2/4 for the second of four");
    }

    /**
     * Whether the run at this position of the sweep belongs to this shard. Runs are dealt out in
     * turn (position mod count), so every shard gets small and large runs alike.
     */
    public boolean owns(int position) {
        return position % count == index - 1;
    }

    /** The results file this shard writes in a sweep folder. */
    public String resultsFileName() {
        return count == 1 ? "results.csv" : "results-shard-" + index + "-of-" + count + ".csv";
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
