package jielong.notebook.eval;

import java.util.List;

/**
 * The imports every cell starts with, so notebooks can say {@code display(chart)} or {@code Table.create()}
 * without a block of imports first. Packages that are not on the class path are skipped quietly.
 */
public final class Prelude {

    /** The course's default imports, in the order they are evaluated. */
    public static final List<String> IMPORTS = List.of(
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.nio.file.*;",
            "import java.awt.image.BufferedImage;",
            "import tech.tablesaw.api.*;",
            "import org.knowm.xchart.*;",
            "import jielong.notebook.*;",
            "import static jielong.notebook.Display.*;",
            "import jielong.tokenize.*;",
            "import jielong.model.*;",
            "import jielong.train.*;",
            "import jielong.generate.*;");

    private Prelude() {
    }
}
