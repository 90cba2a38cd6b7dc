package jielong.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the {@code motion-problems} world: "a train leaves A and travels T minutes at V km/h;
 * how far?" and its relatives (speeds in m/s, two legs, time for a distance), in English and
 * Chinese, each with worked steps. Numbers are drawn so that every answer is an exact decimal.
 */
public final class MotionProblems {
    private static final String[] KINDS = {"distance", "units", "two-legs", "time"};
    private static final String[] VEHICLES_EN = {"train", "car", "boat", "bus"};
    private static final String[] VEHICLES_ZH = {"一列火车", "一辆汽车", "一艘船", "一辆公共汽车"};

    private MotionProblems() {}

    /** {@code count} problems cycling through the four kinds, language drawn at random. */
    public static List<MotionProblem> generate(long seed, int count) {
        Random random = new Random(seed);
        List<MotionProblem> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String kind = KINDS[i % KINDS.length];
            boolean zh = random.nextBoolean();
            int vehicle = random.nextInt(VEHICLES_EN.length);
            problems.add(switch (kind) {
                case "distance" -> distance(random, zh, vehicle);
                case "units" -> units(random, zh, vehicle);
                case "two-legs" -> twoLegs(random, zh, vehicle);
                default -> time(random, zh, vehicle);
            });
        }
        return problems;
    }

    private static MotionProblem distance(Random random, boolean zh, int vehicle) {
        int[] leg = leg(random);
        int v = leg[0], t = leg[1];
        String d = km(v, t);
        String q = zh
                ? VEHICLES_ZH[vehicle] + "从甲地出发，以每小时" + v + "公里的速度行驶了" + t + "分钟。它行驶了多少公里？"
                : "A " + VEHICLES_EN[vehicle] + " leaves A and travels for " + t + " minutes at " + v
                        + " km/h. How many kilometres does it travel?";
        List<String> w = zh
                ? List.of(t + "分钟 = " + t + "/60小时。", "路程 = 速度 × 时间 = " + v + " × " + t + "/60 = " + d + "公里。")
                : List.of(t + " minutes = " + t + "/60 hours.",
                        "Distance = speed × time = " + v + " × " + t + "/60 = " + d + " km.");
        return problem("distance", zh, v, "km/h", t, 0, 0, 0, q, w, d, "km");
    }

    private static MotionProblem units(Random random, boolean zh, int vehicle) {
        int v = 2 + random.nextInt(39); // metres per second
        int t = 1 + random.nextInt(120);
        int perMinute = v * 60;
        int metres = perMinute * t;
        String d = decimal(BigDecimal.valueOf(metres).divide(BigDecimal.valueOf(1000)));
        String q = zh
                ? VEHICLES_ZH[vehicle] + "以每秒" + v + "米的速度行驶了" + t + "分钟。它行驶了多少公里？"
                : "A " + VEHICLES_EN[vehicle] + " travels at " + v + " m/s for " + t
                        + " minutes. How many kilometres does it travel?";
        List<String> w = zh
                ? List.of("每秒" + v + "米 = 每分钟" + v + " × 60 = " + perMinute + "米。",
                        perMinute + " × " + t + " = " + metres + "米。", metres + "米 = " + d + "公里。")
                : List.of(v + " m/s = " + v + " × 60 = " + perMinute + " m per minute.",
                        perMinute + " × " + t + " = " + metres + " m.", metres + " m = " + d + " km.");
        return problem("units", zh, v, "m/s", t, 0, 0, 0, q, w, d, "km");
    }

    private static MotionProblem twoLegs(Random random, boolean zh, int vehicle) {
        int[] first = leg(random), second = leg(random);
        String d1 = km(first[0], first[1]), d2 = km(second[0], second[1]);
        String total = decimal(new BigDecimal(d1).add(new BigDecimal(d2)));
        String q = zh
                ? VEHICLES_ZH[vehicle] + "先以每小时" + first[0] + "公里的速度行驶了" + first[1] + "分钟，又以每小时"
                        + second[0] + "公里的速度行驶了" + second[1] + "分钟。它一共行驶了多少公里？"
                : "A " + VEHICLES_EN[vehicle] + " travels for " + first[1] + " minutes at " + first[0]
                        + " km/h, then for " + second[1] + " minutes at " + second[0]
                        + " km/h. How many kilometres does it travel in all?";
        List<String> w = zh
                ? List.of("第一段：" + first[0] + " × " + first[1] + "/60 = " + d1 + "公里。",
                        "第二段：" + second[0] + " × " + second[1] + "/60 = " + d2 + "公里。",
                        "一共：" + d1 + " + " + d2 + " = " + total + "公里。")
                : List.of("First leg: " + first[0] + " × " + first[1] + "/60 = " + d1 + " km.",
                        "Second leg: " + second[0] + " × " + second[1] + "/60 = " + d2 + " km.",
                        "In all: " + d1 + " + " + d2 + " = " + total + " km.");
        return problem("two-legs", zh, first[0], "km/h", first[1], second[0], second[1], 0, q, w, total, "km");
    }

    private static MotionProblem time(Random random, boolean zh, int vehicle) {
        int v, t;
        do { // speeds in tens and times that give a whole number of kilometres
            v = 10 * (2 + random.nextInt(29));
            t = 5 + random.nextInt(236);
        } while (v * t % 60 != 0);
        int d = v * t / 60;
        String q = zh
                ? VEHICLES_ZH[vehicle] + "以每小时" + v + "公里的速度行驶" + d + "公里，需要多少分钟？"
                : "A " + VEHICLES_EN[vehicle] + " travels " + d + " km at " + v + " km/h. How many minutes does it take?";
        List<String> w = zh
                ? List.of("时间 = 路程 ÷ 速度 = " + d + " ÷ " + v + "小时。", d + " ÷ " + v + " × 60 = " + t + "分钟。")
                : List.of("Time = distance ÷ speed = " + d + " ÷ " + v + " hours.",
                        d + " ÷ " + v + " × 60 = " + t + " minutes.");
        return problem("time", zh, v, "km/h", 0, 0, 0, d, q, w, Integer.toString(t), "min");
    }

    /** A speed (km/h) and a time (minutes) whose distance has at most one decimal place. */
    private static int[] leg(Random random) {
        int v, t;
        do {
            v = 5 * (4 + random.nextInt(57)); // 20 to 300 km/h
            t = 5 + random.nextInt(176);      // 5 to 180 minutes
        } while (v * t % 6 != 0);
        return new int[] {v, t};
    }

    private static String km(int speed, int minutes) {
        return decimal(BigDecimal.valueOf((long) speed * minutes).divide(BigDecimal.valueOf(60), 3, RoundingMode.UNNECESSARY));
    }

    private static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static MotionProblem problem(String kind, boolean zh, int speed1, String unit, int minutes1,
            int speed2, int minutes2, int distanceKm, String question, List<String> working,
            String value, String answerUnit) {
        String answer = zh
                ? value + (answerUnit.equals("km") ? "公里" : "分钟")
                : value + (answerUnit.equals("km") ? " km" : " minutes");
        return new MotionProblem(kind, zh ? "zh" : "en", speed1, unit, minutes1, speed2, minutes2, distanceKm,
                question, working, answer, value, answerUnit);
    }
}
