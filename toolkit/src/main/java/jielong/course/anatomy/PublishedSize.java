package jielong.course.anatomy;

import java.util.List;

import jielong.model.GptConfig;

/**
 * A model's published shape beside its published parameter count, to check a counter against.
 *
 * @param name       the model's usual name
 * @param config     its shape as published
 * @param parameters the count its authors give
 * @param source     where the count comes from
 */
public record PublishedSize(String name, GptConfig config, long parameters, String source) {

    /** GPT-2's four sizes and GPT-3 175B. */
    public static List<PublishedSize> gptFamily() {
        return List.of(
                new PublishedSize("GPT-2", GptConfig.gpt2(), 124_000_000L, "GPT-2 release (Radford et al. 2019, corrected count)"),
                new PublishedSize("GPT-2 medium", GptConfig.gpt2Medium(), 355_000_000L, "GPT-2 release (corrected count)"),
                new PublishedSize("GPT-2 large", GptConfig.gpt2Large(), 774_000_000L, "GPT-2 release"),
                new PublishedSize("GPT-2 XL", GptConfig.gpt2Xl(), 1_558_000_000L, "GPT-2 release"),
                new PublishedSize("GPT-3", GptConfig.gpt3(), 175_000_000_000L, "Brown et al. 2020, table 2.1"));
    }
}
