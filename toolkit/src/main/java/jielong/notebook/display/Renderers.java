package jielong.notebook.display;

import java.awt.image.RenderedImage;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.table.Relation;

/**
 * Picks how to show a value by its type: charts and images as PNG, tables as HTML, toolkit objects as
 * they choose, anything else as text. Both a cell's last value and {@code display(x)} come through here.
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
        return MimeBundle.text(PlainText.of(value));
    }
}
