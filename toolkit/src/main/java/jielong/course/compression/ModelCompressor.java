package jielong.course.compression;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.function.IntConsumer;

import jielong.model.Gpt;
import jielong.tokenize.Tokenizer;

/**
 * A language model used as a compressor (Delétang et al. 2023): the model forecasts each token, and
 * an arithmetic coder spends −log2 p bits on the token that came. The better the forecasts, the
 * shorter the file. The file is the token count (4 bytes) followed by the coded bits; the decoder
 * needs the same model and tokenizer, which are not counted here.
 */
public final class ModelCompressor {
    private final Gpt model;
    private final Tokenizer tokenizer;
    private IntConsumer onToken = n -> {};

    public ModelCompressor(Gpt model, Tokenizer tokenizer) {
        if (model.config.vocabSize() != tokenizer.vocabSize()) {
            throw new IllegalArgumentException("the model knows " + model.config.vocabSize() + " tokens but the tokenizer "
                    + tokenizer.vocabSize() + ": use the tokenizer the model was trained with");
        }
        this.model = model;
        this.tokenizer = tokenizer;
    }

    /** Receives the number of tokens done after each token, for a progress bar. */
    public ModelCompressor onProgress(IntConsumer tokensDone) {
        this.onToken = tokensDone;
        return this;
    }

    /** The compressed bytes of {@code text}. */
    public byte[] compress(String text) {
        int[] tokens = tokenizer.encode(text);
        Predictor predictor = new Predictor(model);
        ArithmeticEncoder encoder = new ArithmeticEncoder();
        for (int i = 0; i < tokens.length; i++) {
            encoder.encode(Frequencies.of(predictor.next()), tokens[i]);
            predictor.accept(tokens[i]);
            onToken.accept(i + 1);
        }
        byte[] bits = encoder.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(4 + bits.length);
        out.writeBytes(ByteBuffer.allocate(4).putInt(tokens.length).array());
        out.writeBytes(bits);
        return out.toByteArray();
    }

    /** The text back from {@link #compress}'s bytes. */
    public String decompress(byte[] data) {
        int n = ByteBuffer.wrap(data, 0, 4).getInt();
        Predictor predictor = new Predictor(model);
        ArithmeticDecoder decoder = new ArithmeticDecoder(data, 4);
        int[] tokens = new int[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = decoder.decode(Frequencies.of(predictor.next()));
            predictor.accept(tokens[i]);
            onToken.accept(i + 1);
        }
        return tokenizer.decode(tokens);
    }

    /**
     * What each token of {@code text} costs, in bits, under the model's probabilities p and under
     * the whole-number frequencies q that the coder really uses ({@link Frequencies#of}).
     *
     * @param modelBits −log2 p of each token: their sum is the model's cross-entropy
     * @param tableBits −log2 q of each token: their sum is what an exact coder with these tables writes
     * @param modelProbability p of each token, to see where the two differ
     */
    public record Costs(double[] modelBits, double[] tableBits, double[] modelProbability) {
        /** Σ −log2 p, in bits. */
        public double model() {
            return java.util.Arrays.stream(modelBits).sum();
        }

        /** Σ −log2 q, in bits. */
        public double table() {
            return java.util.Arrays.stream(tableBits).sum();
        }
    }

    /** Both costs of every token in one pass of the model (see {@link Costs}). */
    public Costs costs(String text) {
        int[] tokens = tokenizer.encode(text);
        Predictor predictor = new Predictor(model);
        double[] modelBits = new double[tokens.length], tableBits = new double[tokens.length], p = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            double[] next = predictor.next();
            p[i] = next[tokens[i]];
            modelBits[i] = -Math.log(p[i]) / Math.log(2);
            tableBits[i] = Frequencies.of(next).bits(tokens[i]);
            predictor.accept(tokens[i]);
            onToken.accept(i + 1);
        }
        return new Costs(modelBits, tableBits, p);
    }

    /**
     * The model's cross-entropy on {@code text}, summed: Σ −log2 p(token | tokens before), in bits.
     * This is the size an ideal coder would reach with these forecasts; the real file is within a few
     * bytes of the frequency table's cross-entropy ({@link #costs}), which the floor of 1 on every
     * frequency can put a little below this.
     */
    public double crossEntropyBits(String text) {
        int[] tokens = tokenizer.encode(text);
        Predictor predictor = new Predictor(model);
        double bits = 0;
        for (int i = 0; i < tokens.length; i++) {
            bits -= Math.log(predictor.next()[tokens[i]]) / Math.log(2);
            predictor.accept(tokens[i]);
            onToken.accept(i + 1);
        }
        return bits;
    }
}
