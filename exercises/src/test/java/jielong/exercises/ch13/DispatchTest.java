package jielong.exercises.ch13;

import java.util.Map;
import java.util.function.UnaryOperator;

import jielong.agent.Calculator;
import jielong.agent.UnitConverter;
import jielong.grade.Case;
import jielong.grade.Exercise;
import jielong.grade.Points;
import org.junit.jupiter.api.Test;

@Exercise(value = 4, title = "a tool dispatcher")
class DispatchTest {
    static final Map<String, UnaryOperator<String>> TOOLS = Map.of(
            "calculator", new Calculator()::call,
            "units", new UnitConverter()::call,
            "echo", s -> "<" + s + ">");

    private static void check(String call, String want) {
        Case c = Case.of("dispatch(\"" + call + "\", tools)").input("tools", TOOLS.keySet());
        c.expectText(want, c.run(() -> Ch13.dispatch(call, TOOLS)));
    }

    private static void refused(String call) {
        Case c = Case.of("dispatch(\"" + call + "\", tools)").input("tools", TOOLS.keySet());
        try {
            String got = Ch13.dispatch(call, TOOLS);
            throw c.fail("expected an IllegalArgumentException, got " + got);
        } catch (IllegalArgumentException e) {
            c.expectThat(e.getMessage() != null && e.getMessage().contains(call), "the message should name the call " + call + ", it said: " + e.getMessage());
        }
    }

    @Test
    @Points(1)
    void routesToTheNamedTool() {
        check("calculator(34+58)", "92");
        check("units(50 min in h)", "0.833333333333 h");
    }

    @Test
    @Points(1)
    void theInputRunsToTheLastParenthesis() {
        check("calculator((1+2)*3)", "9");
        check("echo(f(x))", "<f(x)>");
        check("echo()", "<>");
    }

    @Test
    @Points(1)
    void unknownToolsAndMalformedCallsAreRefused() {
        refused("search(Who founded the Ofen Market?)");
        refused("calculator 34+58");
        refused("(34+58)");
    }
}
