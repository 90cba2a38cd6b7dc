package jielong.tokenize;

import java.util.Random;

/** Random test strings drawn from several scripts, so round-trip tests meet the characters that break tokenizers. */
final class RandomText {

    private RandomText() {
    }

    /** Returns a string of up to {@code maxCodePoints} code points mixing ASCII, CJK, emoji, combining marks and more. */
    static String mixed(Random random, int maxCodePoints) {
        int length = random.nextInt(maxCodePoints + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(codePoint(random));
        }
        return text.toString();
    }

    private static int codePoint(Random random) {
        switch (random.nextInt(9)) {
            case 0: return ' ' + random.nextInt(95);          // printable ASCII
            case 1: return 0x4E00 + random.nextInt(0x5200);   // CJK unified ideographs, U+4E00..U+9FFF
            case 2: return 0x1F600 + random.nextInt(0x50);    // emoji, outside the BMP
            case 3: return 0x0300 + random.nextInt(0x70);     // combining marks
            case 4: return " \n\t\r\u3000".charAt(random.nextInt(5));
            case 5: return 0x20000 + random.nextInt(0xA6E0);  // CJK extension B, outside the BMP
            case 6: return 0x0400 + random.nextInt(0x100);    // Cyrillic
            case 7: return "\u200D\uFE0F\u00E9\u00DF0123456789".charAt(random.nextInt(14));
            default: return 'a' + random.nextInt(26);
        }
    }
}
