package jielong.notebook.display;

/** Escaping text for HTML, the one helper every HTML writer here needs. */
public final class Html {

    private Html() {
    }

    /** {@code text} with {@code & < > "} replaced by entities, safe inside elements and attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
