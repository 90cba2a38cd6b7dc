package jielong.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jielong.model.Gpt;
import jielong.model.GptConfig;
import jielong.tokenize.CharTokenizer;

/** Shipping a run folder and loading it back, and what a learner is told when a shipped file is damaged. */
class ShippedModelTest {
    @TempDir Path tmp;
    Path shipped;
    Gpt model;

    @BeforeEach
    void shipATinyRun() throws IOException {
        Path run = tmp.resolve("run");
        model = new Gpt(new GptConfig(5, 8, 1, 1, 8, 0f), 3);
        TrainConfig training = TrainConfig.defaults().withIters(1).withSeed(3);
        try (RunFiles files = RunFiles.lockForWriting(run)) {
            files.stageTokenizer(CharTokenizer.fromText("abcde"));
            files.save(model, new AdamW(model.parameters()), training, 1);
        }
        Files.writeString(run.resolve("recipe.txt"), "a tiny recipe\n", StandardCharsets.UTF_8);
        shipped = ShippedModel.ship(run, tmp.resolve("shipped"), "tiny", "for this test", "one step", "run the test").folder();
    }

    @Test
    void aShippedModelLoadsBackWithItsWeightsAndRecipe() throws IOException {
        ShippedModel m = ShippedModel.open(shipped);
        assertEquals("tiny", m.description().name());
        assertEquals(64, m.description().sha256().get("ckpt.bin").length());
        Checkpoint.Contents c = m.load();
        model.parameters().forEach((name, p) -> assertArrayEquals(p.data, c.weights().get(name), name));
        assertEquals("a tiny recipe\n", m.recipe());
    }

    @Test
    void aChangedByteIsCaughtBeforeTheCheckpointIsRead() throws IOException {
        Path ckpt = shipped.resolve("ckpt.bin");
        byte[] bytes = Files.readAllBytes(ckpt);
        bytes[bytes.length / 2] ^= 1;
        Files.write(ckpt, bytes);
        IOException e = assertThrows(ShippedModel.Damaged.class, () -> ShippedModel.open(shipped).load());
        assertTrue(e.getMessage().contains("is not the file shipped with the course") && e.getMessage().contains("git checkout -- " + shipped), e.getMessage());
    }

    @Test
    void anEditedRecipeOrAMissingPartIsNamed() throws IOException {
        Files.writeString(shipped.resolve("recipe.txt"), "another recipe\n");
        IOException e = assertThrows(ShippedModel.Damaged.class, () -> ShippedModel.open(shipped).load());
        assertTrue(e.getMessage().startsWith(shipped.resolve("recipe.txt") + " is not the file shipped"), e.getMessage());
        Files.delete(shipped.resolve("tokenizer.txt"));
        e = assertThrows(ShippedModel.Damaged.class, () -> ShippedModel.open(shipped).load());
        assertTrue(e.getMessage().contains("tokenizer.txt is missing"), e.getMessage());
    }

    @Test
    void aMissingOrUnreadableDescriptionSaysHowToRestoreIt() throws IOException {
        Files.writeString(shipped.resolve(ShippedModel.FILE), "{ not json");
        IOException e = assertThrows(ShippedModel.Damaged.class, () -> ShippedModel.open(shipped));
        assertTrue(e.getMessage().contains("cannot be read") && e.getMessage().contains("git checkout"), e.getMessage());
        Files.delete(shipped.resolve(ShippedModel.FILE));
        e = assertThrows(ShippedModel.Damaged.class, () -> ShippedModel.open(shipped));
        assertTrue(e.getMessage().contains("holds no model.json"), e.getMessage());
    }
}
