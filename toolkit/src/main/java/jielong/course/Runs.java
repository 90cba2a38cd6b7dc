package jielong.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jielong.data.Locations;

/**
 * The one rule for where runs write: {@code runs/<lesson>/<fast|full>/...} in the checkout, where
 * {@code <lesson>} is the notebook's file name without {@code .ipynb} ({@code 04-pretraining}) and
 * fast mode gets its own folder so a quick check never overwrites a full run. The command line's own
 * work ({@code ./jielong train}, {@code demo}, {@code run}) is a "lesson" of its own name directly
 * under {@code runs/} ({@code runs/train}), relative to the folder the command runs in, as before.
 */
public final class Runs {
    /** Lesson 04, whose Tang poetry GPT lessons 02, 03 and 05 reuse. */
    public static final String PRETRAINING = "04-pretraining";
    /** Lesson 06, the scaling sweep (the notebook and {@code ./jielong sweep}). */
    public static final String SCALING_LAWS = "06-scaling-laws";

    private Runs() {}

    /** A lesson's run folder, {@code runs/<lesson>/fast} or {@code runs/<lesson>/full} in the checkout. */
    public static Path lesson(String lesson, boolean fast) {
        return Locations.checkout().resolve("runs").resolve(lesson).resolve(fast ? "fast" : "full");
    }

    /** A command-line command's folder, {@code runs/<command>} relative to the working folder. */
    public static Path command(String command) {
        return Path.of("runs", command);
    }

    /**
     * {@code target}, after moving {@code legacy} (a file or folder an older version wrote) there if
     * only the old one exists, so nothing already trained is trained again.
     */
    public static Path adopt(Path legacy, Path target) {
        if (Files.exists(target) || !Files.exists(legacy)) return target;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.move(legacy, target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not move " + legacy + " to " + target + " (" + e.getMessage()
                    + "); move it by hand, or delete it to start again", e);
        }
        return target;
    }
}
