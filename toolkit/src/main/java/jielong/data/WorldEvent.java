package jielong.data;

/** Something a person of the fact world did: "In 1987, Tavo Merin opened the Korlin Museum in Varnholt." */
public record WorldEvent(String id, int year, String personId, String verb, String landmark, String city) {}
