package jielong.notebook.display;

import java.util.Arrays;

/**
 * The plain-text form of any value, written the way JShell writes it: strings in quotes, so that
 * {@code "42"} and {@code 42} look different, and arrays with their contents.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "\"" + ((String) value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof Character) {
            return "'" + value + "'";
        }
        if (value.getClass().isArray()) {
            String text = Arrays.deepToString(new Object[] {value});
            return text.substring(1, text.length() - 1);
        }
        return String.valueOf(value);
    }
}
