package jielong.exercises.ch01;

import jielong.model.GptConfig;

/** The only place where chapter 01's graded tests meet the learner's code. */
final class Ch01 {
    private Ch01() {}

    static long embeddings(GptConfig c) {
        return ParameterCount.embeddings(c);
    }

    static long perBlock(GptConfig c) {
        return ParameterCount.perBlock(c);
    }

    static long total(GptConfig c) {
        return ParameterCount.total(c);
    }
}
