package jielong.cli;

/**
 * A mistake in what the user asked for (an option out of range, a file that is not what it should be),
 * found before any file is touched; its message says what is wrong and what to do. Exit code 2.
 */
final class BadInput extends RuntimeException {
    BadInput(String message) {
        super(message);
    }

    /** Throws a BadInput with {@code message} unless {@code ok}. */
    static void require(boolean ok, String message) {
        if (!ok) {
            throw new BadInput(message);
        }
    }
}
