package jp.nintei.store;

import java.util.List;

/**
 * A change to the rows of one table, as data: the rows to put (each with its id; stored again under that id, or
 * overwriting the row that has it) and the ids to remove. Applying one returns the edit that takes it back, which is
 * how Undo and Redo work.
 */
public record RowEdit<T>(List<T> put, long[] remove) {

    public RowEdit {
        put = List.copyOf(put);
        remove = remove.clone();
    }

    public static <T> RowEdit<T> putting(List<T> rows) {
        return new RowEdit<>(rows, new long[0]);
    }

    public static <T> RowEdit<T> removing(long... ids) {
        return new RowEdit<>(List.of(), ids);
    }

    /** How many rows it touches. */
    public int size() {
        return put.size() + remove.length;
    }
}
