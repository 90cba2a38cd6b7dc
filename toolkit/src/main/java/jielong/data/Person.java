package jielong.data;

/** A fictional person of the fact world; a held-out person never appears in training text. */
public record Person(String id, String name, int birthYear, String birthCity, String profession, boolean heldOut) {}
