package jp.nintei.ui;

import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;
import jp.nintei.domain.Column;

/**
 * Binds a table to an {@link EditorPresenter}'s paged rows: a click on a header sorts in SQL (through the presenter),
 * the search field filters in SQL, a selected row opens in the form. Rows still loading show as blank lines.
 */
public final class PagedTable {

    private PagedTable() {
    }

    /**
     * @param sortColumns each sortable column and the column of the rows it sorts by
     */
    public static <T> void bind(TableView<T> table, EditorPresenter<T> presenter,
                                Map<TableColumn<T, ?>, Column<T>> sortColumns, TextField search) {
        table.setItems(presenter.rows());
        table.setFixedCellSize(26); // lets a table of a million rows scroll without measuring them
        table.getColumns().forEach(c -> c.setSortable(sortColumns.containsKey(c)));
        Column<T> newestFirst = presenter.rows().query().sortColumn();
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                presenter.sortBy(newestFirst, false);
            } else {
                TableColumn<T, ?> first = t.getSortOrder().get(0);
                presenter.sortBy(sortColumns.get(first), first.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !presenter.open(now)) {
                table.getSelectionModel().clearSelection(); // the form keeps what is being typed
            }
        });
        search.textProperty().bindBidirectional(presenter.searchProperty());
        Label empty = new Label();
        empty.textProperty().bind(presenter.emptyText());
        empty.getStyleClass().add("muted");
        // the hint wraps inside the table, whatever its width and language
        empty.setWrapText(true);
        empty.setTextAlignment(TextAlignment.CENTER);
        empty.setAlignment(Pos.CENTER);
        empty.setPadding(new Insets(0, 16, 0, 16));
        empty.maxWidthProperty().bind(table.widthProperty());
        table.setPlaceholder(empty);
        FittedColumns.keep(table);
    }

    /** Shows {@code value} of each row in {@code column}; a row still loading shows nothing. */
    public static <T, S> void column(TableColumn<T, S> column, Function<T, S> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue() == null ? null : value.apply(c.getValue())));
    }
}
