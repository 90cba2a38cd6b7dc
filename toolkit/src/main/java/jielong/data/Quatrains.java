package jielong.data;

/**
 * The five-character quatrain (五言絕句) form: four lines of five Han characters, each followed
 * by a punctuation mark, the last one ending a sentence. Twenty-four characters in all.
 */
public final class Quatrains {
    /** Characters in one quatrain with its punctuation. */
    public static final int LENGTH = 24;
    private static final String MARKS = "，。？！；";
    private static final String ENDINGS = "。？！";

    private Quatrains() {}

    /** True when {@code text} is exactly one five-character quatrain, punctuation included. */
    public static boolean isFiveCharacterQuatrain(String text) {
        if (text.length() != LENGTH) return false; // Han characters outside the BMP fail here too
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            boolean markPlace = i % 6 == 5;
            if (markPlace ? MARKS.indexOf(c) < 0 : Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return ENDINGS.indexOf(text.charAt(LENGTH - 1)) >= 0;
    }

    /** The quatrain as two couplets on two lines, the way it is printed in books. */
    public static String asCouplets(String quatrain) {
        return quatrain.substring(0, LENGTH / 2) + "\n" + quatrain.substring(LENGTH / 2);
    }
}
