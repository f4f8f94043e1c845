package jp.nintei.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.RowQuery;

/** The shared list / add / update / delete of one table whose rows map to one record type. */
abstract class RecordTable<T> {

    private final Database db;
    private final String table;
    private final List<String> columns;

    private final List<String> searched;

    /** @param searched the text columns a search looks in */
    RecordTable(Database db, String table, List<String> columns, List<String> searched) {
        this.db = db;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.searched = List.copyOf(searched);
    }

    Database database() {
        return db;
    }

    /** Sets the columns, in order, from parameter 1. */
    abstract void bind(PreparedStatement st, T row) throws SQLException;

    abstract T map(ResultSet rs) throws SQLException;

    /** A row as a record; a stored value the record refuses (written behind Nintei's back) names its row and field. */
    T read(ResultSet rs) throws SQLException {
        try {
            return map(rs);
        } catch (jp.nintei.domain.ValueException e) {
            throw Columns.damaged(rs, e.field(), rs.getString(e.field()));
        }
    }

    public abstract long idOf(T row);

    abstract T withId(T row, long id);

    public List<T> all() {
        return db.read(this::all);
    }

    List<T> all(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, " + String.join(", ", columns) + " FROM " + table + " ORDER BY id");
             ResultSet rs = st.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(read(rs));
            }
            return rows;
        }
    }

    public long count(String search) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM " + table + where(search))) {
                bindSearch(st, search, 1);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public List<T> page(RowQuery q) {
        String column = sortColumn(q.sortColumn());
        String direction = q.ascending() ? " ASC" : " DESC";
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, " + String.join(", ", columns) + " FROM " + table
                    + where(q.search()) + " ORDER BY " + column + direction + ", id" + direction + " LIMIT ? OFFSET ?")) {
                int next = bindSearch(st, q.search(), 1);
                st.setInt(next, q.limit());
                st.setLong(next + 1, q.offset());
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(read(rs));
                    }
                }
                return rows;
            }
        });
    }

    /** The SQL column a table sorts by: one of this table's (a name from elsewhere is refused, never spliced in). */
    private String sortColumn(String name) {
        if (!name.equals("id") && !columns.contains(name)) {
            throw new IllegalArgumentException("No column " + name + " in " + table);
        }
        return name;
    }

    private String where(String search) {
        if (search.isEmpty()) {
            return "";
        }
        return " WHERE " + String.join(" OR ", searched.stream().map(c -> c + " LIKE ? ESCAPE '\\'").toList());
    }

    private int bindSearch(PreparedStatement st, String search, int from) throws SQLException {
        if (search.isEmpty()) {
            return from;
        }
        String pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        for (int i = 0; i < searched.size(); i++) {
            st.setString(from + i, pattern);
        }
        return from + searched.size();
    }

    public T add(T row) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(insertSql(), Statement.RETURN_GENERATED_KEYS)) {
                bind(st, row);
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return withId(row, keys.getLong(1));
                }
            }
        });
    }

    /** How many of {@code rows} are identical (every column) to a row already in the logbook. Writes nothing. */
    public long countAlreadyThere(List<T> rows) {
        if (rows.isEmpty() || isEmpty()) {
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

    /**
     * Adds the rows not already in the logbook (identical in every column to a stored row), in one transaction; rows
     * repeated within {@code rows} itself are all added. Returns how many were added.
     */
    public int addNew(List<T> rows) {
        return (int) addNew(rows, false).count();
    }

    public RowEdit<T> addNewReversibly(List<T> rows) {
        return addNew(rows, true).takeBack();
    }

    /** How many rows an import added, and (when asked for) the edit that removes them. */
    private record Added<T>(long count, RowEdit<T> takeBack) {
    }

    private Added<T> addNew(List<T> rows, boolean reversibly) {
        if (rows.isEmpty()) {
            return new Added<>(0, RowEdit.removing());
        }
        boolean empty = isEmpty();
        return db.write(c -> {
            long above = maxId(c);
            if (empty) {
                try (Statement bulk = c.createStatement()) {
                    bulk.execute("INSERT INTO bulk_insert (active) VALUES (1)");
                }
                insertInBatches(c, insertSql(), rows);
            } else {
                stage(c, rows);
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO bulk_insert (active) VALUES (1)");
                    st.executeUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                            + String.join(", ", columns) + " FROM temp.incoming i WHERE " + notExisting()
                            + " ORDER BY i.rowid");
                } finally {
                    dropStage(c);
                }
            }
            addTotalsAbove(c, above);
            if (reversibly) {
                long[] ids = idsAbove(c, above);
                return new Added<>(ids.length, RowEdit.removing(ids));
            }
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE id > ?")) {
                st.setLong(1, above);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new Added<>(rs.getLong(1), null);
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
                        ids = java.util.Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = rs.getLong(1);
                }
            }
            return java.util.Arrays.copyOf(ids, n);
        }
    }

    public RowEdit<T> apply(RowEdit<T> edit) {
        return db.write(c -> {
            long above = maxId(c);
            java.util.Map<Long, T> before = new java.util.LinkedHashMap<>();
            java.util.Set<Long> added = new java.util.LinkedHashSet<>();
            try (PreparedStatement find = c.prepareStatement("SELECT id, " + String.join(", ", columns) + " FROM "
                    + table + " WHERE id = ?")) {
                for (long id : edit.remove()) {
                    T old = find(find, id);
                    if (old == null) {
                        throw StoreException.of("undoGone", table, id);
                    }
                    before.put(id, old);
                }
                for (T row : edit.put()) {
                    T old = idOf(row) > above ? null : find(find, idOf(row));
                    if (old == null) {
                        added.add(idOf(row));
                    } else {
                        before.put(idOf(row), old);
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                for (long id : edit.remove()) {
                    st.setLong(1, id);
                    st.addBatch();
                }
                st.executeBatch();
            }
            // rows put back above every id in the table (an import redone) take the bulk path: totals added once
            boolean bulk = edit.remove().length == 0 && !edit.put().isEmpty()
                    && edit.put().stream().allMatch(row -> idOf(row) > above);
            if (bulk) {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO bulk_insert (active) VALUES (1)");
                }
            }
            String assignments = String.join(" = ?, ", columns) + " = ?";
            try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + assignments
                    + " WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ",
                         columns) + ", id) VALUES (" + String.join(", ", java.util.Collections.nCopies(
                         columns.size() + 1, "?")) + ")")) {
                for (T row : edit.put()) {
                    PreparedStatement st = added.contains(idOf(row)) ? insert : update;
                    bind(st, row);
                    st.setLong(columns.size() + 1, idOf(row));
                    st.executeUpdate();
                }
            }
            if (bulk) {
                addTotalsAbove(c, above);
            }
            List<T> restore = List.copyOf(before.values());
            return new RowEdit<>(restore, added.stream().mapToLong(Long::longValue).toArray());
        });
    }

    private T find(PreparedStatement find, long id) throws SQLException {
        find.setLong(1, id);
        try (ResultSet rs = find.executeQuery()) {
            return rs.next() ? read(rs) : null;
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

    /** The rows to compare, in a temporary table of the connection. */
    private void stage(Connection c, List<T> rows) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.incoming");
            st.execute("CREATE TEMP TABLE incoming AS SELECT " + String.join(", ", columns) + " FROM " + table
                    + " WHERE 0");
        }
        insertInBatches(c, insertSql("temp.incoming"), rows);
    }

    /** Inserts {@code rows} with {@code sql} (this table's columns as parameters), in batches of 5,000. */
    private void insertInBatches(Connection c, String sql, List<T> rows) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                bind(st, row);
                st.addBatch();
                if (++pending == 5000) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            st.executeBatch();
        }
    }

    private static void dropStage(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp.incoming");
        }
    }

    /** A stored row equal to incoming row {@code i} in every column (IS: NULL equals NULL). */
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

    private void addTotalsAbove(Connection c, long above) throws SQLException {
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

    /** Inserts the rows in one transaction; the per-day totals are added once at the end, not row by row. */
    public void addAll(List<T> rows) {
        db.write(c -> {
            long above = maxId(c);
            try (Statement bulk = c.createStatement()) {
                bulk.execute("INSERT INTO bulk_insert (active) VALUES (1)");
            }
            insertInBatches(c, insertSql(), rows);
            addTotalsAbove(c, above);
            return null;
        });
    }

    private long maxId(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT coalesce(max(id), 0) FROM " + table);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public void update(T row) {
        db.write(c -> {
            String assignments = String.join(" = ?, ", columns) + " = ?";
            try (PreparedStatement st = c.prepareStatement("UPDATE " + table + " SET " + assignments + " WHERE id = ?")) {
                bind(st, row);
                st.setLong(columns.size() + 1, idOf(row));
                Columns.expectOneRow(st.executeUpdate(), table, idOf(row));
            }
            return null;
        });
    }

    public void delete(long id) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
                st.setLong(1, id);
                Columns.expectOneRow(st.executeUpdate(), table, id);
            }
            return null;
        });
    }

    String insertSql() {
        return insertSql(table);
    }

    private String insertSql(String into) {
        return "INSERT INTO " + into + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }
}
