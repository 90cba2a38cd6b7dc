package jielong.course.models;

import jielong.data.Datasets;
import jielong.tokenize.CharTokenizer;
import jielong.train.TokenData;

/**
 * The Tang quatrains as the course's pre-training text, one poem per line: a character tokenizer
 * over all of it, the first 90% of the characters for training and the last 10% held out.
 *
 * @param text      the whole corpus
 * @param tokenizer one token per distinct character of the corpus
 * @param train     the first 90% of the tokens
 * @param val       the last 10%, never trained on: for validation loss and compression
 */
public record TangText(String text, CharTokenizer tokenizer, TokenData train, TokenData val) {
    /** Share of the tokens used for training. */
    public static final double TRAIN_SHARE = 0.9;

    /** Loads {@code tang-quatrains} (or, when it cannot be fetched, the generated stand-in the loader explains). */
    public static TangText load() {
        String text = Datasets.load("tang-quatrains");
        CharTokenizer tokenizer = CharTokenizer.fromText(text);
        TokenData all = new TokenData(tokenizer.encode(text));
        return new TangText(text, tokenizer, all.head(TRAIN_SHARE), all.tail(TRAIN_SHARE));
    }

    /** The first {@code characters} characters of the held-out text, starting at a poem's beginning. */
    public String heldOut(int characters) {
        String val = tokenizer.decode(this.val.tokens());
        int start = val.indexOf('\n') + 1; // the split may fall mid-poem
        return val.substring(start, Math.min(val.length(), start + characters));
    }
}
