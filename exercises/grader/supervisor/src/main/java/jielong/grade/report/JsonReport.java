package jielong.grade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;

/** The grade as grades.json: totals, the hidden share, the checksum verdict, and each test. */
final class JsonReport {
    private JsonReport() {}

    static String of(GradeReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("selection", r.selection());
        json.put("solutions", r.solutions());
        json.put("earned", r.earned());
        json.put("possible", r.possible());
        json.put("hidden", Map.of("earned", r.hiddenEarned(), "possible", r.hiddenPossible()));
        json.put("fingerprint", r.tamper().fingerprint());
        json.put("untrusted", r.tamper().problems());
        List<Object> exercises = new ArrayList<>();
        for (ExerciseRow row : r.rows()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", row.id());
            e.put("title", row.title());
            e.put("earned", row.earned());
            e.put("possible", row.possible());
            List<Object> tests = new ArrayList<>();
            for (Outcome o : row.outcomes()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("test", row.hidden() ? "hidden" : o.test().name());
                t.put("points", o.test().points());
                t.put("status", o.status().word);
                if (!o.passed() && !row.hidden()) t.put("message", o.message());
                tests.add(t);
            }
            e.put("tests", tests);
            exercises.add(e);
        }
        json.put("exercises", exercises);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n";
    }
}
