package jielong.tokenize;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * The few facts about UTF-8 that byte-level tokens need: how long a character is from its first
 * byte, and whether a run of bytes stops in the middle of a character.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Returns how many bytes a character takes, judged by its first byte: 1 to 4,
     * or 0 when {@code b} cannot start a character (a continuation byte, or 0xF8..0xFF).
     */
    static int sequenceLength(int b) {
        if (b < 0x80) {
            return 1;                  // 0xxxxxxx: ASCII
        } else if (b < 0xC0) {
            return 0;                  // 10xxxxxx: continues a character, cannot start one
        } else if (b < 0xE0) {
            return 2;                  // 110xxxxx
        } else if (b < 0xF0) {
            return 3;                  // 1110xxxx
        } else if (b < 0xF8) {
            return 4;                  // 11110xxx
        }
        return 0;                      // 11111xxx never occurs in UTF-8
    }

    /** Tells whether {@code b} is a continuation byte, the 10xxxxxx that follow a character's first byte. */
    static boolean isContinuation(int b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * Returns how many bytes at the end of {@code bytes[0, length)} are the start of a character
     * whose remaining bytes have not arrived yet; 0 when the bytes end on a character boundary.
     * Invalid bytes are not waited for: they will decode to U+FFFD whatever follows.
     */
    static int incompleteTailLength(byte[] bytes, int length) {
        // A character is at most 4 bytes, so its first byte is at most 3 back from an unfinished end.
        for (int back = 1; back <= Math.min(3, length); back++) {
            int b = bytes[length - back] & 0xFF;
            if (!isContinuation(b)) {
                return sequenceLength(b) > back ? back : 0;
            }
        }
        return 0;
    }

    /** Returns the one character that {@code bytes[from, from + count)} encode, or null if they are not exactly one valid character. */
    static String decodeOne(byte[] bytes, int from, int count) {
        try {
            // A fresh decoder reports malformed input instead of replacing it with U+FFFD.
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, count)).toString();
            return text.codePointCount(0, text.length()) == 1 ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
