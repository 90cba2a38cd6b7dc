/**
 * A language model called like a function: {@link jielong.api.CompletionModel#complete} takes a prompt and
 * {@link jielong.api.CompletionOptions} (temperature, most tokens, stop sequences, seed) and returns a
 * {@link jielong.api.Completion}. {@link jielong.api.LocalModel} runs a GPT in this JVM; {@link
 * jielong.api.CompletionServer} puts any model behind an HTTP endpoint on the loopback address in the
 * shape of the common completions APIs ({@code POST /v1/completions}), and {@link
 * jielong.api.CompletionClient} calls one with the JDK's HTTP client, so a notebook or an agent uses
 * a model in its own process and one behind a server through the same interface.
 */
package jielong.api;
