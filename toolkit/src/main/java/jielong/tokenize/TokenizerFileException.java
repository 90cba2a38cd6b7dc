package jielong.tokenize;

import java.io.IOException;

/** Thrown when a tokenizer file is not one, or is truncated or damaged; the message names the file and line. */
public class TokenizerFileException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that should say which file, which line, and what to do. */
    public TokenizerFileException(String message) {
        super(message);
    }
}
