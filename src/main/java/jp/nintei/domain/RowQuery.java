package jp.nintei.domain;

import java.util.Objects;

/**
 * Which rows of one kind a table shows: sorted by one column, filtered by a search text, one page of them.
 *
 * @param sortColumn the column of its kind it is sorted by; ties go newest-stored first
 * @param search     text that one of the kind's searched columns (client, title, note, comment) must contain; empty
 *                   for every row
 */
public record RowQuery<T>(Column<T> sortColumn, boolean ascending, String search, long offset, int limit) {

    public RowQuery {
        Objects.requireNonNull(sortColumn, "sortColumn");
        search = search == null ? "" : search.strip();
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    public RowQuery<T> page(long newOffset, int newLimit) {
        return new RowQuery<>(sortColumn, ascending, search, newOffset, newLimit);
    }
}
