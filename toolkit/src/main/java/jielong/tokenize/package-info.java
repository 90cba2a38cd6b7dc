/**
 * Tokenizers: turning text into the integer ids a language model reads, and back.
 *
 * <p>Two kinds, both behind {@link jielong.tokenize.Tokenizer}:
 * <ul>
 *   <li>{@link jielong.tokenize.CharTokenizer}: one token per character, the vocabulary being
 *       every distinct character of a training text. Small and easy to read; it cannot encode
 *       a character it never saw.</li>
 *   <li>{@link jielong.tokenize.BpeTokenizer}: byte-level byte-pair encoding. It starts from the
 *       256 possible bytes, so it can encode any string, and learns merges of frequent neighbours
 *       so that common pieces of text become single tokens.</li>
 * </ul>
 *
 * <p>Both save to a small text file that {@link jielong.tokenize.Tokenizer#load} reads back.
 * {@link jielong.tokenize.StreamDecoder} turns tokens into text one at a time, as generation does.
 */
package jielong.tokenize;
