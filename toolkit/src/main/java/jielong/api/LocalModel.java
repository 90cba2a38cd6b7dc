package jielong.api;

import java.util.Random;

import jielong.generate.Sampler;
import jielong.generate.Sampling;
import jielong.lm.LanguageModel;
import jielong.model.Gpt;
import jielong.tokenize.StreamDecoder;
import jielong.tokenize.Tokenizer;

/**
 * A model in this JVM behind {@link CompletionModel}: it reads the prompt once (through the KV
 * cache), then writes one token at a time, checking after each whether the text now holds a stop
 * sequence. Draws come from {@code new Random(seed)}, so the same call gives the same text.
 */
public final class LocalModel implements CompletionModel {
    private final String name;
    private final LanguageModel model;
    private final Tokenizer tokenizer;
    private final int contextLength;

    /** A language model with its tokenizer; {@code contextLength} caps the prompt. */
    public LocalModel(String name, LanguageModel model, Tokenizer tokenizer, int contextLength) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a model needs a name, e.g. \"qa-gpt\"");
        if (tokenizer.vocabSize() != model.vocabSize()) {
            throw new IllegalArgumentException("the tokenizer has " + tokenizer.vocabSize() + " tokens but the model "
                    + model.vocabSize() + ": use the tokenizer the model was trained with");
        }
        if (contextLength < 1) throw new IllegalArgumentException("context length must be at least 1, got " + contextLength);
        this.name = name;
        this.model = model;
        this.tokenizer = tokenizer;
        this.contextLength = contextLength;
    }

    /** A GPT, its prompt capped at its block size. */
    public static LocalModel of(String name, Gpt gpt, Tokenizer tokenizer) {
        return new LocalModel(name, LanguageModel.of(gpt), tokenizer, gpt.config.blockSize());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int contextLength() {
        return contextLength;
    }

    /** The prompt's tokens; a character outside the vocabulary is an {@link IllegalArgumentException} naming it. */
    public int[] encode(String prompt) {
        return tokenizer.encode(prompt);
    }

    @Override
    public Completion complete(String prompt, CompletionOptions options) {
        int[] ids = tokenizer.encode(prompt);
        if (ids.length == 0) throw new IllegalArgumentException("the prompt is empty: give at least one character");
        if (ids.length > contextLength) throw new PromptTooLong(ids.length, contextLength);
        Sampling sampling = options.temperature() == 0 ? Sampling.greedy() : Sampling.temperature((float) options.temperature());
        Random rng = new Random(options.seed());
        LanguageModel.Reader reader = model.read(ids);
        float[] logits = reader.logits();
        StreamDecoder decoder = tokenizer.streamDecoder();
        StringBuilder text = new StringBuilder();
        for (int written = 1; written <= options.maxTokens(); written++) {
            int next = Sampler.pick(logits, sampling, rng);
            text.append(decoder.push(next));
            int cut = firstStop(text, options);
            if (cut >= 0) return new Completion(text.substring(0, cut), Completion.STOP, ids.length, written);
            if (written < options.maxTokens()) logits = reader.accept(next);
        }
        text.append(decoder.flush());
        int cut = firstStop(text, options);
        return cut >= 0 ? new Completion(text.substring(0, cut), Completion.STOP, ids.length, options.maxTokens())
                : new Completion(text.toString(), Completion.LENGTH, ids.length, options.maxTokens());
    }

    /** Where the earliest stop sequence starts in the text, or −1. */
    static int firstStop(CharSequence text, CompletionOptions options) {
        String s = text.toString();
        int first = -1;
        for (String stop : options.stop()) {
            int at = s.indexOf(stop);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }
}
