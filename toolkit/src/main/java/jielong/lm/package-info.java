/**
 * Language models behind one interface, {@link jielong.lm.LanguageModel}: the next-token forecast
 * of a context (logits, probabilities, log-probabilities in nats), the log-probability of a
 * continuation given a prompt ({@link jielong.lm.Score}), and generation under a sampling rule.
 * A GPT ({@code LanguageModel.of(gpt)}) and an n-gram table ({@link jielong.lm.NGramModel})
 * both implement it, so a lesson can score or write text with either:
 *
 * <pre>{@code
 * LanguageModel lm = LanguageModel.of(gpt);           // or NGramModel.fit(tokens, vocab, 3, 0.01)
 * Score s = lm.score(tok.encode("床前明月光，"), tok.encode("疑是地上霜"));
 * s.total();                                          // log P(continuation | prompt), nats
 * int[] text = lm.generate(prompt, 40, Sampling.temperature(0.8f), 42);
 * }</pre>
 */
package jielong.lm;
