package jielong.tokenize;

/** Shows characters so that a reader can see them: escapes for newlines, tabs and invisible characters. */
final class Display {

    private Display() {
    }

    /**
     * Returns {@code text} with newline, tab and carriage return written as {@code \n}, {@code \t},
     * {@code \r}, and other invisible characters (controls, format characters such as the zero-width
     * joiner, unpaired surrogates) written as {@code <U+200D>}. Other characters, space included, stay as they are.
     */
    static String show(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (isInvisible(c)) {
                        out.append('<').append(codePointName(c)).append('>');
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** Returns the standard name of a code point, such as {@code U+4E00} or {@code U+1F600}. */
    static String codePointName(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE;
    }
}
