package jielong.grade.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the grade table: an exercise's tests added up. A chapter's hidden tests share one row,
 * so their names and messages stay hidden while their points are counted.
 *
 * @param id       {@code ch03.2}, or {@code ch03 hidden}
 * @param title    the exercise's title
 * @param outcomes the outcomes of its tests
 * @param hidden   whether this is a chapter's hidden tests
 */
public record ExerciseRow(String id, String title, List<Outcome> outcomes, boolean hidden) {

    /** Groups outcomes into rows, in the order the tests were found; hidden rows go last in their chapter. */
    public static List<ExerciseRow> of(List<Outcome> outcomes) {
        Map<String, List<Outcome>> groups = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            GradedTest t = o.test();
            String key = t.hidden() ? t.chapter() + " hidden" : t.exerciseId();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            titles.putIfAbsent(key, t.hidden() ? "hidden tests" : t.title());
        }
        List<ExerciseRow> rows = new ArrayList<>();
        groups.forEach((key, list) -> rows.add(new ExerciseRow(key, titles.get(key), list, list.get(0).test().hidden())));
        rows.sort((a, b) -> sortKey(a).compareTo(sortKey(b)));
        return rows;
    }

    public int earned() {
        return outcomes.stream().mapToInt(Outcome::earned).sum();
    }

    public int possible() {
        return outcomes.stream().mapToInt(o -> o.test().points()).sum();
    }

    /** The tests that did not pass. */
    public List<Outcome> failures() {
        return outcomes.stream().filter(o -> !o.passed()).toList();
    }

    /** A few words: "passed", "2 of 3 tests failed", or "not implemented yet". */
    public String summary() {
        List<Outcome> failed = failures();
        if (failed.isEmpty()) return "passed";
        boolean allStubs = failed.size() == outcomes.size()
                && failed.stream().allMatch(o -> o.message() != null && o.message().contains("not implemented yet"));
        if (allStubs && !hidden) return "not implemented yet";
        if (failed.size() == outcomes.size() && failed.stream().allMatch(o -> o.status() == Status.UNTRUSTED)) return "not trusted";
        if (failed.size() == outcomes.size() && failed.stream().allMatch(o -> o.status() == Status.NOT_COMPILED)) return "does not compile";
        return failed.size() + " of " + outcomes.size() + " tests " + failed.get(0).status().word
                + (failed.stream().allMatch(o -> o.status() == failed.get(0).status()) ? "" : " or failed");
    }

    private static String sortKey(ExerciseRow r) {
        GradedTest t = r.outcomes.get(0).test();
        return t.chapter() + (r.hidden ? "~" : String.format("%04d", t.exercise()));
    }
}
