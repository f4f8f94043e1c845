package jp.nintei.domain;

import java.util.Objects;

/**
 * Which rows of one kind a table shows: sorted by one column, filtered by a search text, one page of them.
 *
 * @param sortColumn the column's name in the CSV formats (e.g. {@code ordered_on}); ties go newest-stored first
 * @param search     text that the client, title, note or comment must contain; empty for every row
 */
public record RowQuery(String sortColumn, boolean ascending, String search, long offset, int limit) {

    public RowQuery {
        Objects.requireNonNull(sortColumn, "sortColumn");
        search = search == null ? "" : search.strip();
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public RowQuery page(long newOffset, int newLimit) {
        return new RowQuery(sortColumn, ascending, search, newOffset, newLimit);
    }
}
