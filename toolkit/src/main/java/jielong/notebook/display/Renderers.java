package jielong.notebook.display;

import java.awt.image.RenderedImage;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.table.Relation;

/**
 * Picks how to show a value by its type: charts and images as PNG, tables as HTML, toolkit objects as
 * they choose, an object with a public {@code String toHtml()} (such as the grader's report, which the
 * toolkit cannot name: the exercises are built after it) as that HTML beside its {@code toString()},
 * anything else as text. Both a cell's last value and {@code display(x)} come through here.
 */
public final class Renderers {

    private Renderers() {
    }

    /** The richest output we know for {@code value}. */
    public static MimeBundle render(Object value) {
        if (value instanceof MimeBundle) {
            return (MimeBundle) value;
        }
        if (value instanceof Renderable) {
            return ((Renderable) value).toMimeBundle();
        }
        if (value instanceof Chart) {
            return ChartRenderer.render((Chart<?, ?>) value);
        }
        if (value instanceof RenderedImage) {
            return ImageRenderer.render((RenderedImage) value);
        }
        if (value instanceof Relation) {
            return TableRenderer.render((Relation) value);
        }
        String html = htmlOf(value);
        if (html != null) {
            return MimeBundle.html(html, PlainText.of(value));
        }
        return MimeBundle.text(PlainText.of(value));
    }

    /** The value's own {@code public String toHtml()}, or null if it has none (IPython's {@code _repr_html_}, in Java). */
    private static String htmlOf(Object value) {
        if (value == null) {
            return null;
        }
        try {
            java.lang.reflect.Method toHtml = value.getClass().getMethod("toHtml");
            if (toHtml.getReturnType() != String.class || java.lang.reflect.Modifier.isStatic(toHtml.getModifiers())) {
                return null;
            }
            return (String) toHtml.invoke(value);
        } catch (NoSuchMethodException | IllegalAccessException none) {
            return null;
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException("toHtml() of " + value.getClass().getName() + " failed: " + e.getCause(), e.getCause());
        }
    }
}
