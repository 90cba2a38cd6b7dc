package jielong.data;

/**
 * A prompt with a chosen and a rejected completion; {@code rule} names the simple check that
 * decides the preference ("correct-sum", "correct-product" or "quatrain-form").
 */
public record PreferencePair(String rule, String prompt, String chosen, String rejected) {
    @Override
    public String toString() {
        return prompt + "  ✓ " + chosen + "  ✗ " + rejected + "  (" + rule + ")";
    }
}
