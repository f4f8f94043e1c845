package jp.nintei.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Columns whose cells must always show whole — a date, a time, a status, an amount, a mark — are exactly as wide as
 * their header and their widest possible value; the other columns (title, client, note) share what is left and may
 * end in "…", but never narrower than their header. The column sorted by has room for its arrow. Widths are measured
 * in the table's own fonts, so they hold in either language.
 */
public final class FittedColumns {

    /** The style class a fitted column carries (tests look for it). */
    public static final String FITTED = "fitted";
    private static final String WIDEST = "nintei.widest";
    /** A cell's padding and border, both sides, in ems of its font (the theme pads 0.5 em each side) and pixels. */
    private static final double CELL_PADDING_EM = 1;
    private static final double CELL_BORDER = 4;
    /** A header label's padding (0.5 em each side), its grid's gap and border, in pixels beside the ems. */
    private static final double HEADER_PADDING_EM = 1;
    private static final double HEADER_BORDER = 8;
    /** The sort arrow and its gap, in the header of the column sorted by. */
    private static final double SORT_ARROW = 30;

    private FittedColumns() {
    }

    /**
     * Shows {@code text} of each row in {@code column}, and keeps the column as wide as its header and the widest of
     * {@code widest} (the longest values it can show: a date of another year, the longest status word).
     */
    public static <T> void fit(TableColumn<T, String> column, Function<T, String> text, String... widest) {
        PagedTable.column(column, text);
        column.getStyleClass().add(FITTED);
        column.getProperties().put(WIDEST, List.of(widest));
    }

    /** A yes/no cell as a check mark (✓) or nothing: words in no language, and never a raw {@code true}. */
    public static <T> void mark(TableColumn<T, String> column, Predicate<T> value) {
        fit(column, r -> value.test(r) ? "✓" : "", "✓");
        column.setStyle("-fx-alignment: CENTER;");
    }

    /** Keeps the table's columns to these widths: whenever it is laid out, sorted or renamed. */
    static void keep(TableView<?> table) {
        Runnable refit = () -> refit(table);
        refit.run();
        // the fonts are known once the table is styled: at its first layout, and again should the window change
        table.widthProperty().addListener((InvalidationListener) obs -> refit.run());
        table.getSortOrder().addListener((InvalidationListener) obs -> refit.run());
        table.getColumns().forEach(c -> c.textProperty().addListener((InvalidationListener) obs -> refit.run()));
    }

    @SuppressWarnings("unchecked")
    private static void refit(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            Font header = headerFont(table, column);
            double width = width(header, column.getText()) + HEADER_PADDING_EM * header.getSize() + HEADER_BORDER
                    + (table.getSortOrder().contains(column) ? SORT_ARROW : 0);
            List<String> widest = (List<String>) column.getProperties().get(WIDEST);
            if (widest == null) {
                column.setMinWidth(Math.ceil(width));
                continue;
            }
            Font cell = Font.font(header.getFamily(), FontWeight.NORMAL, header.getSize());
            for (String sample : widest) {
                width = Math.max(width, width(cell, sample) + CELL_PADDING_EM * cell.getSize() + CELL_BORDER);
            }
            double whole = Math.ceil(width);
            column.setMinWidth(whole);
            column.setPrefWidth(whole);
            column.setMaxWidth(whole);
        }
    }

    /** The font the column's header label is drawn in, once the table is styled; the default bold before. */
    private static Font headerFont(TableView<?> table, TableColumn<?, ?> column) {
        for (Node header : table.lookupAll(".column-header")) {
            if (header.lookup(".label") instanceof Labeled label && column.getText().equals(label.getText())) {
                return label.getFont();
            }
        }
        return Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13);
    }

    private static double width(Font font, String s) {
        Text text = new Text(s);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
