package jp.nintei.store;

import java.util.List;
import jp.nintei.domain.RowQuery;

/** The rows of one record type in the logbook. */
public interface RecordStore<T> {
    List<T> all();

    /** The id of a stored row. */
    long idOf(T row);

    /** How many rows match the query's search. */
    long count(String search);

    /** One page of rows, sorted and filtered in SQL. */
    List<T> page(RowQuery<T> query);

    /** Stores a new row; returns it with its id. */
    T add(T row);

    /** How many of {@code rows} are identical (every field) to a row already stored. Writes nothing. */
    long countAlreadyThere(Iterable<T> rows);

    /** What an import did: how many rows it read, and how many of them it stored. */
    record Imported(long read, long added) {
        public long skipped() {
            return read - added;
        }
    }

    /**
     * Stores, in one transaction, the rows not identical to one already stored (rows repeated within {@code rows}
     * itself are all stored), reading them once as they come: an iteration that throws stores none.
     */
    Imported addNew(Iterable<T> rows);

    /** Stores all of them in one transaction, or none, reading them once as they come; how many there were. */
    long addAll(Iterable<T> rows);

    /** Stores, like {@link #addNew}, and returns the edit that removes what it stored (for Undo). */
    RowEdit<T> addNewReversibly(Iterable<T> rows);

    /**
     * Applies {@code edit} in one transaction: each row put under its id (a new row, or over the one with that id) and
     * each id removed. Returns the edit that brings the rows back to how they were.
     */
    RowEdit<T> apply(RowEdit<T> edit);
}
