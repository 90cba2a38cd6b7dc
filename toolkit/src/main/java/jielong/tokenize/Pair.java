package jielong.tokenize;

/** Two neighbouring token ids, the thing byte-pair encoding counts and merges. */
record Pair(int left, int right) implements Comparable<Pair> {

    /** Orders by left id, then right id: the order that decides ties between equally frequent pairs. */
    @Override
    public int compareTo(Pair other) {
        return left != other.left ? Integer.compare(left, other.left) : Integer.compare(right, other.right);
    }

    /**
     * Spreads pairs over the whole int range. The default record hash, {@code 31 * left + right}, gives
     * the many pairs of small ids few distinct values, and a hash map full of collisions is slow.
     */
    @Override
    public int hashCode() {
        return left * 0x9E3779B1 + right;   // a large odd constant (2^32 divided by the golden ratio)
    }
}
