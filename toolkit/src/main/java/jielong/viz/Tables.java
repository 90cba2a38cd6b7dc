package jielong.viz;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables of text for a lesson's results: a Tablesaw table whose columns hold strings already
 * formatted for people (through {@code Numbers}), which the notebook shows as an HTML table.
 */
public final class Tables {
    private Tables() {}

    /** An empty table with this title and these column headings. */
    public static Table table(String title, String... columns) {
        Table t = Table.create(title);
        for (String c : columns) t.addColumns(StringColumn.create(c));
        return t;
    }

    /** Appends one row, a value for each column in order. */
    public static void row(Table t, String... values) {
        if (values.length != t.columnCount()) {
            throw new IllegalArgumentException("a row of " + values.length + " values for a table of " + t.columnCount()
                    + " columns (" + String.join(", ", t.columnNames()) + "): give one value for each column");
        }
        for (int i = 0; i < values.length; i++) t.stringColumn(i).append(values[i]);
    }
}
