package jielong.notebook.display;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One output in several formats at once, keyed by MIME type ({@code text/plain}, {@code image/png}, ...);
 * the front end shows the richest it understands. Images are base64 text, as in a notebook file.
 */
public final class MimeBundle {

    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
    public static final String MARKDOWN = "text/markdown";

    private final Map<String, String> data = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> metadata = new LinkedHashMap<>();

    /** A bundle holding only plain text. */
    public static MimeBundle text(String text) {
        return new MimeBundle().put(TEXT, text);
    }

    /** A bundle holding HTML, with a plain-text fallback for terminals and text-only readers. */
    public static MimeBundle html(String html, String plainText) {
        return new MimeBundle().put(HTML, html).put(TEXT, plainText);
    }

    /** Adds or replaces the representation for {@code mimeType}. */
    public MimeBundle put(String mimeType, String value) {
        data.put(mimeType, value);
        return this;
    }

    /** Adds metadata for one representation, such as an image's {@code width}. */
    public MimeBundle putMetadata(String mimeType, String key, Object value) {
        metadata.computeIfAbsent(mimeType, k -> new LinkedHashMap<>()).put(key, value);
        return this;
    }

    /** The representation for {@code mimeType}, or null. */
    public String get(String mimeType) {
        return data.get(mimeType);
    }

    /** The plain-text representation, or an empty string. */
    public String plainText() {
        return data.getOrDefault(TEXT, "");
    }

    public Map<String, String> data() {
        return Collections.unmodifiableMap(data);
    }

    public Map<String, Map<String, Object>> metadata() {
        return Collections.unmodifiableMap(metadata);
    }

    @Override
    public String toString() {
        return "MimeBundle" + data.keySet();
    }
}
