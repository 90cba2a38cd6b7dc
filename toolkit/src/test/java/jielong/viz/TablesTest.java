package jielong.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** Text tables: headings, rows in order, and a row of the wrong width refused with the headings named. */
class TablesTest {
    @Test
    void rowsFillTheColumnsInOrder() {
        Table t = Tables.table("speeds", "model", "tokens/s");
        Tables.row(t, "small", "1,234");
        Tables.row(t, "large", "56.7");
        assertEquals("speeds", t.name());
        assertEquals(2, t.rowCount());
        assertEquals("1,234", t.stringColumn("tokens/s").get(0));
        assertEquals("large", t.stringColumn(0).get(1));
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        Table t = Tables.table("speeds", "model", "tokens/s");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tables.row(t, "small"));
        assertTrue(e.getMessage().contains("model, tokens/s"), e.getMessage());
        assertEquals(0, t.rowCount());
    }
}
