package jielong.data;

/** Whether a dataset's prepared file is in the cache and matches the manifest. */
public enum DatasetStatus {
    /** Present, with the size and SHA-256 the manifest records. */
    READY,
    /** Not prepared yet: {@code ./jielong datasets fetch NAME} or first use will prepare it. */
    MISSING,
    /** Present but different from the manifest (cut short or altered); it will be prepared again. */
    DAMAGED
}
