package jielong.data;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** Turns a generator source from the manifest into the lines of its JSON Lines file. */
public final class Generators {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private Generators() {}

    /** Runs the generator the source names, with its seed and count, one JSON object per record. */
    public static List<String> lines(Source source) {
        long seed = source.seed();
        int count = source.count();
        return switch (source.generator()) {
            case "arithmetic" -> json(Arithmetic.generate(seed, count));
            case "motion-problems" -> json(MotionProblems.generate(seed, count));
            case "modular" -> json(ModularArithmetic.table(ModularArithmetic.DEFAULT_PRIME, seed));
            case "fact-world" -> factWorld(FactWorld.generate(seed, count));
            case "preferences" -> json(Preferences.generate(seed, count));
            case "fact-biographies" -> json(Biographies.generate(seed, count).entries());
            default -> throw new DatasetException("The manifest names an unknown generator '" + source.generator()
                    + "'; update the toolkit (git pull) or fix datasets/manifest.json.");
        };
    }

    /** The whole file: every line followed by a newline. */
    public static String text(Source source) {
        StringBuilder text = new StringBuilder();
        for (String line : lines(source)) text.append(line).append('\n');
        return text.toString();
    }

    private static List<String> json(List<?> records) {
        return records.stream().map(GSON::toJson).toList();
    }

    /** One file holds the whole world; a "type" field says what each line is. */
    private static List<String> factWorld(FactWorld world) {
        List<String> lines = new ArrayList<>();
        JsonObject about = new JsonObject();
        about.addProperty("type", "world");
        about.addProperty("cutoffYear", world.cutoffYear());
        about.add("cities", GSON.toJsonTree(world.cities()));
        lines.add(GSON.toJson(about));
        world.people().forEach(p -> lines.add(typed("person", p)));
        world.events().forEach(e -> lines.add(typed("event", e)));
        world.passages().forEach(p -> lines.add(typed("passage", p)));
        world.questions().forEach(q -> lines.add(typed("question", q)));
        return lines;
    }

    private static String typed(String type, Object record) {
        JsonObject object = new JsonObject();
        object.addProperty("type", type);
        GSON.toJsonTree(record).getAsJsonObject().entrySet().forEach(e -> object.add(e.getKey(), e.getValue()));
        return GSON.toJson(object);
    }
}
