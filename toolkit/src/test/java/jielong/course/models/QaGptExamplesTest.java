package jielong.course.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jielong.data.QaMixture;
import jielong.tokenize.CharTokenizer;
import jielong.train.Examples;

/** The model's training examples: one per record, the loss starting right after the record's first "A: ". */
class QaGptExamplesTest {
    @Test
    void everyRecordIsAnExampleWhoseAnswerFollowsItsFirstA() {
        QaMixture mix = QaMixture.generate(3, QaMixture.Sizes.fast());
        CharTokenizer tok = QaGpt.tokenizer();
        List<Examples.Example> examples = QaGpt.examples(mix, tok, 160);
        String[] records = mix.text().split("\n\n");
        int kept = 0;
        for (String r : records) if (r.strip().length() <= 160) kept++;
        assertEquals(kept, examples.size(), "one example per record that fits the context");
        for (Examples.Example e : examples) {
            String text = tok.decode(e.tokens());
            String prompt = tok.decode(Arrays.copyOfRange(e.tokens(), 0, e.answerStart()));
            assertTrue(prompt.endsWith("\n" + QaMixture.A), prompt);
            assertEquals(prompt.indexOf("\n" + QaMixture.A), prompt.length() - 1 - QaMixture.A.length(), "the first A: of " + text);
            assertTrue(text.endsWith("\n") && !text.contains("\n\n"), text);
        }
    }

    @Test
    void aRecordLongerThanTheContextIsLeftOut() {
        QaMixture mix = QaMixture.generate(3, QaMixture.Sizes.fast());
        List<Examples.Example> all = QaGpt.examples(mix, QaGpt.tokenizer(), 160);
        List<Examples.Example> short_ = QaGpt.examples(mix, QaGpt.tokenizer(), 40);
        assertTrue(short_.size() < all.size(), short_.size() + " of " + all.size());
        for (Examples.Example e : short_) assertTrue(e.tokens().length - 1 <= 40, e.tokens().length + " tokens");
    }
}
