package jielong.agent;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit converter tool for lengths (m, km), times (s, min, h) and speeds (m/s, m/min, km/min,
 * km/h): {@code "50 min in h"} gives {@code "0.833333333333 h"}. Each unit is an exact fraction of
 * its SI unit (1 km/h = 1000/3600 m/s), so a conversion is one multiplication and one division;
 * units of different kinds (km in h) are refused.
 */
public final class UnitConverter implements Tool {
    private record Unit(String kind, long numerator, long denominator) {}

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("m", new Unit("length", 1, 1));
        UNITS.put("km", new Unit("length", 1000, 1));
        UNITS.put("s", new Unit("time", 1, 1));
        UNITS.put("min", new Unit("time", 60, 1));
        UNITS.put("h", new Unit("time", 3600, 1));
        UNITS.put("m/s", new Unit("speed", 1, 1));
        UNITS.put("m/min", new Unit("speed", 1, 60));
        UNITS.put("km/min", new Unit("speed", 1000, 60));
        UNITS.put("km/h", new Unit("speed", 1000, 3600));
    }

    private static final Pattern REQUEST = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*(\\S+)\\s+(?:in|to)\\s+(\\S+)\\s*");

    @Override
    public String name() {
        return "units";
    }

    @Override
    public String description() {
        return "converts lengths, times and speeds (" + String.join(", ", UNITS.keySet()) + "), e.g. 50 min in h";
    }

    @Override
    public String call(String input) {
        Matcher m = input == null ? null : REQUEST.matcher(input);
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("the unit converter reads \"<number> <unit> in <unit>\", e.g. \"50 min in h\"; got \"" + input + "\"");
        }
        return Calculator.show(convert(new BigDecimal(m.group(1)), m.group(2), m.group(3))) + " " + m.group(3);
    }

    /** {@code value} in unit {@code from}, expressed in unit {@code to}. */
    public static BigDecimal convert(BigDecimal value, String from, String to) {
        Unit a = unit(from), b = unit(to);
        if (!a.kind.equals(b.kind)) {
            throw new IllegalArgumentException("cannot convert " + from + " (a " + a.kind + ") to " + to + " (a " + b.kind + ")");
        }
        BigDecimal up = value.multiply(BigDecimal.valueOf(a.numerator * b.denominator));
        return up.divide(BigDecimal.valueOf(a.denominator * b.numerator), MathContext.DECIMAL64);
    }

    private static Unit unit(String name) {
        Unit u = UNITS.get(name);
        if (u == null) throw new IllegalArgumentException("unknown unit \"" + name + "\": the converter knows " + String.join(", ", UNITS.keySet()));
        return u;
    }
}
