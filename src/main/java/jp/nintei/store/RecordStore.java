package jp.nintei.store;

import java.util.List;

/** The rows of one record type in the logbook. */
public interface RecordStore<T> {
    List<T> all();

    /** Stores a new row; returns it with its id. */
    T add(T row);

    /** Stores all of them in one transaction, or none. */
    void addAll(List<T> rows);

    void update(T row);

    void delete(long id);
}
