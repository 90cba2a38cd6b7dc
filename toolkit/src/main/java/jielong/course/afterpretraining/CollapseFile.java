package jielong.course.afterpretraining;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of one of lesson 19's generational runs, read from its {@code .tsv} file (a settings
 * line, a line of column names, then a line per generation: its index, its training-set size, the
 * measurements, and the poems it wrote, which are not read here).
 */
public final class CollapseFile {
    private CollapseFile() {}

    /** One map per generation, generation 0 first: {@code generation} and each measurement by name. */
    public static List<Map<String, Double>> read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv + ": " + e.getMessage() + "; rerun lesson 19", e);
        }
        if (lines.size() < 3 || !lines.get(0).startsWith("#")) {
            throw new IllegalArgumentException(tsv + " is not a lesson 19 run (a '#' settings line, the column names, a line per"
                    + " generation); delete it and rerun lesson 19");
        }
        String[] names = lines.get(1).split("\t");
        List<Map<String, Double>> out = new ArrayList<>();
        for (int i = 2; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != names.length) throw new IllegalArgumentException(tsv + " line " + (i + 1) + " has " + f.length
                    + " fields, the header " + names.length + ": the run was cut short; rerun lesson 19");
            Map<String, Double> g = new LinkedHashMap<>();
            try {
                g.put("generation", Double.parseDouble(f[0]));
                for (int c = 2; c < names.length - 1; c++) g.put(names[c], Double.parseDouble(f[c]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(tsv + " line " + (i + 1) + ": " + e.getMessage() + "; rerun lesson 19", e);
            }
            out.add(g);
        }
        return out;
    }
}
