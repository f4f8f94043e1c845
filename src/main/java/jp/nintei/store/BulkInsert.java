package jp.nintei.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Collections;

/**
 * Many rows of one table at once, in one transaction: an import (all rows, or those not already stored) and the
 * count of rows already stored. The rows are staged and compared with the stored ones in SQL, not one by one; the
 * per-day totals are added once at the end (the triggers stand aside while the {@code bulk_insert} flag is set).
 */
final class BulkInsert<T> {

    /** Sets a row's columns, in order, from parameter 1. */
    interface Binder<T> {
        void bind(PreparedStatement st, T row) throws SQLException;
    }

    private final Database db;
    private final String table;
    private final List<String> columns;
    private final Binder<T> binder;

    BulkInsert(Database db, String table, List<String> columns, Binder<T> binder) {
        this.db = db;
        this.table = table;
        this.columns = columns;
        this.binder = binder;
    }

    /** How many of {@code rows} are identical (every column) to a row already in the logbook. Writes nothing. */
    long countAlreadyThere(Iterable<T> rows) {
        if (isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            stage(c, rows);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM temp.incoming i WHERE " + existing())) {
                rs.next();
                return rs.getLong(1);
            } finally {
                dropStage(c);
            }
        });
    }

    /** How many rows an import read and added, and (when asked for) the edit that removes those it added. */
    record Added<T>(long read, long added, RowEdit<T> takeBack) {
    }

    /**
     * Adds {@code rows} in one transaction — those identical to a stored row left out when {@code skipExisting} —
     * reading them once, as they come: they are staged in a temporary table of the connection (no constraint, no
     * index, no trigger: SQLite's temporary storage, not the heap, holds them), then moved in one INSERT … SELECT
     * that the table's checks, indexes and triggers see once, and the day totals are added by one grouped statement.
     * Row by row into the table took 2.4 times as long (8.0 s against 3.4 s for 500,000 messages).
     */
    Added<T> add(Iterable<T> rows, boolean skipExisting, boolean reversibly) {
        boolean compare = skipExisting && !isEmpty();
        return db.write(c -> {
            long above = maxId(c);
            long read = stage(c, rows);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO bulk_insert (active) VALUES (1)");
                st.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                        + String.join(", ", columns) + " FROM temp.incoming i"
                        + (compare ? " WHERE " + notExisting() : "") + " ORDER BY i.rowid");
            } finally {
                dropStage(c);
            }
            addTotalsAbove(c, above);
            if (reversibly) {
                long[] ids = idsAbove(c, above);
                return new Added<>(read, ids.length, RowEdit.removing(ids));
            }
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE id > ?")) {
                st.setLong(1, above);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new Added<>(read, rs.getLong(1), null);
                }
            }
        });
    }

    private long[] idsAbove(Connection c, long above) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM " + table + " WHERE id > ? ORDER BY id")) {
            st.setLong(1, above);
            long[] ids = new long[16];
            int n = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = rs.getLong(1);
                }
            }
            return Arrays.copyOf(ids, n);
        }
    }

    /** Stages {@code rows} in a temporary table of the connection, in batches of 5,000; how many there were. */
    private long stage(Connection c, Iterable<T> rows) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.incoming");
            st.execute("CREATE TEMP TABLE incoming AS SELECT " + String.join(", ", columns) + " FROM " + table
                    + " WHERE 0");
        }
        long count = 0;
        try (PreparedStatement st = c.prepareStatement(insertSql("temp.incoming"))) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(st, row);
                st.addBatch();
                count++;
                if (++pending == 5000) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            st.executeBatch();
        }
        return count;
    }

    private static void dropStage(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.incoming");
        }
    }

    /**
     * Whether a staged row {@code i} is identical, in every column, to a stored row. The stored rows' identities are
     * read once into SQLite's own temporary index (a row-value IN over a subquery), so the check takes n log m —
     * not a probe per staged row through every stored row sharing its time (quadratic: 7 minutes for 60,000 rows
     * of one timestamp). A NULL is the same as a NULL, as IS would say: it is compared as a value no column holds.
     */
    private String existing() {
        return "(" + identity("i") + ") IN (SELECT " + identity("t") + " FROM " + table + " t)";
    }

    /**
     * The negation of {@link #existing()}. Not {@code NOT (… IN …)}: for a row value SQLite then scans the stored
     * rows for every staged one (NULL semantics), which is the quadratic time again; a CASE keeps the one index.
     */
    private String notExisting() {
        return "(CASE WHEN " + existing() + " THEN 1 END) IS NULL";
    }

    private String identity(String alias) {
        return String.join(", ", columns.stream().map(col -> "ifnull(" + alias + "." + col + ", x'00')").toList());
    }

    void addTotalsAbove(Connection c, long above) throws SQLException {
        for (String sql : Totals.addRowsAbove(table)) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, above);
                st.executeUpdate();
            }
        }
        try (Statement bulk = c.createStatement()) {
            bulk.execute("DELETE FROM bulk_insert");
        }
    }

    long maxId(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT coalesce(max(id), 0) FROM " + table);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean isEmpty() {
        return db.read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** The INSERT of one row of this table. */
    String insertSql() {
        return insertSql(table);
    }

    private String insertSql(String into) {
        return "INSERT INTO " + into + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }
}
