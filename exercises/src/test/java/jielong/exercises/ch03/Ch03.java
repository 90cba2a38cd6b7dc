package jielong.exercises.ch03;

/** The only place where chapter 03's graded tests meet the learner's code (inputs are copied). */
final class Ch03 {
    private Ch03() {}

    static float[][] scores(float[][] q, float[][] k) {
        return AttentionByHand.scores(copy(q), copy(k));
    }

    static float[][] causalSoftmax(float[][] scores) {
        return AttentionByHand.causalSoftmax(copy(scores));
    }

    static float[][] head(float[][] q, float[][] k, float[][] v) {
        return AttentionByHand.head(copy(q), copy(k), copy(v));
    }

    static float[][] multiHead(float[][] qkv, int heads) {
        return AttentionByHand.multiHead(copy(qkv), heads);
    }

    static float[][] copy(float[][] m) {
        float[][] out = new float[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = m[i].clone();
        return out;
    }
}
