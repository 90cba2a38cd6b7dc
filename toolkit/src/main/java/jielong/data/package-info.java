/**
 * Datasets: where they are kept ({@link jielong.data.Locations}), which ones the course uses and
 * their checksums ({@link jielong.data.Manifest}, {@link jielong.data.Datasets}), fetching and
 * unpacking them, and the small generated sets later lessons train on (arithmetic, modular facts,
 * motion problems, preference pairs, pseudo-quatrains), each reproducible from a seed.
 */
package jielong.data;
