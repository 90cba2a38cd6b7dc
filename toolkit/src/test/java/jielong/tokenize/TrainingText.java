package jielong.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Training texts for tests, made up here so that no third-party text is needed. */
final class TrainingText {

    private TrainingText() {
    }

    /** A few English and Chinese sentences (the first Chinese line opens Li Bai's 8th-century poem), repeated. */
    static String englishAndChinese(int repeats) {
        String paragraph = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs on.\n"
                + "A tokenizer turns text into numbers, and the numbers back into text.\n"
                + "床前明月光，疑是地上霜。分词器把文字变成数字，再把数字变回文字。\n"
                + "Numbers such as 2024 and 3.14 are text too! 😀\n\n";
        return paragraph.repeat(repeats);
    }

    /** Random made-up words built from syllables until the text is about {@code bytes} UTF-8 bytes long. */
    static String randomWords(Random random, int bytes) {
        String[] syllables = {"ka", "to", "ri", "mon", "sel", "a", "e", "dra", "qu", "in", "ost", "li", "明", "月"};
        StringBuilder text = new StringBuilder();
        int size = 0;
        while (size < bytes) {
            StringBuilder word = new StringBuilder(" ");
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            if (random.nextInt(12) == 0) {
                word.append(random.nextBoolean() ? ".\n" : ",");
            }
            text.append(word);
            size += word.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }
}
