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
    List<T> page(RowQuery query);

    /** Stores a new row; returns it with its id. */
    T add(T row);

    /** How many of {@code rows} are identical (every field) to a row already stored. Writes nothing. */
    long countAlreadyThere(List<T> rows);

    /** Stores, in one transaction, the rows not identical to one already stored; returns how many it stored. */
    int addNew(List<T> rows);

    /** Stores all of them in one transaction, or none. */
    void addAll(List<T> rows);



    /** Stores, like {@link #addNew}, and returns the edit that removes what it stored (for Undo). */
    RowEdit<T> addNewReversibly(List<T> rows);

    /**
     * Applies {@code edit} in one transaction: each row put under its id (a new row, or over the one with that id) and
     * each id removed. Returns the edit that brings the rows back to how they were.
     */
    RowEdit<T> apply(RowEdit<T> edit);
}
