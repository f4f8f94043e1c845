package jp.nintei.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.Column;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.RowQuery;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import jp.nintei.domain.ValueException;

/** The shared list / add / update / delete of one table whose rows map to one record type. */
abstract class RecordTable<T> {

    private final Database db;
    private final String table;
    private final List<String> columns;
    private final RecordKind<T> kind;
    private final List<String> searched;
    private final BulkInsert<T> bulk;
    private final PageAnchors anchors;

    /** A table whose SQL columns are the kind's own. */
    RecordTable(Database db, String table, RecordKind<T> kind) {
        this(db, table, kind, kind.columns().stream().map(Column::key).toList());
    }

    /** @param columns the table's columns in SQL, in the order {@link #bind} sets them */
    RecordTable(Database db, String table, RecordKind<T> kind, List<String> columns) {
        this.db = db;
        this.table = table;
        this.kind = kind;
        this.columns = List.copyOf(columns);
        this.searched = kind.columns().stream().filter(Column::searched).map(Column::key).toList();
        this.bulk = new BulkInsert<>(db, table, this.columns, this::bind);
        this.anchors = new PageAnchors(db, table, 1000);
    }

    RecordKind<T> kind() {
        return kind;
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
        } catch (ValueException e) {
            throw Columns.damaged(rs, e.field(), rs.getString(e.field()));
        }
    }

    public long idOf(T row) {
        return kind.idOf(row);
    }

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

    /**
     * One page of rows in the query's order. Far down, the page is sought from the nearest anchor above it
     * ({@link PageAnchors}) instead of walking every row above it with {@code OFFSET}; the rows are the same.
     */
    public List<T> page(RowQuery<T> q) {
        String column = sortColumn(q.sortColumn());
        String key = sortKey(q.sortColumn());
        String direction = q.ascending() ? " ASC" : " DESC";
        String search = searchCondition(q.search());
        String select = "SELECT id, " + String.join(", ", columns);
        return db.read(c -> {
            PageAnchors.Seek seek = anchors.seek(c, column, key, q.ascending(), q.search(),
                    search.isEmpty() ? "" : " WHERE " + search, (st, from) -> bindSearch(st, q.search(), from),
                    q.offset());
            String and = search.isEmpty() ? "" : search + " AND ";
            String sql = seek == null
                    ? select + " FROM " + table + (search.isEmpty() ? "" : " WHERE " + search)
                            + " ORDER BY " + key + direction + ", id" + direction + " LIMIT ? OFFSET ?"
                    // From the anchor on, as two ranges of the sort key's index: the rest of the anchor's key from its
                    // id, then the keys after it. One range "key ≥ k AND (key > k OR id ≥ i)" would walk every row of
                    // key k before the anchor (a column of one value: all of them).
                    : select + " FROM (SELECT * FROM (" + select + ", " + key + " AS sort_key FROM " + table
                            + " WHERE " + and + key + " = ? AND id" + (q.ascending() ? " >= " : " <= ") + "?"
                            + " ORDER BY id" + direction + " LIMIT ?) UNION ALL SELECT * FROM (" + select + ", " + key
                            + " AS sort_key FROM " + table + " WHERE " + and + key + (q.ascending() ? " > " : " < ")
                            + "? ORDER BY " + key + direction + ", id" + direction + " LIMIT ?))"
                            + " ORDER BY sort_key" + direction + ", id" + direction + " LIMIT ? OFFSET ?";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int next = 1;
                if (seek != null) {
                    long enough = q.limit() + seek.skip();
                    next = bindSearch(st, q.search(), next);
                    st.setObject(next++, seek.key());
                    st.setLong(next++, seek.id());
                    st.setLong(next++, enough);
                    next = bindSearch(st, q.search(), next);
                    st.setObject(next++, seek.key());
                    st.setLong(next++, enough);
                } else {
                    next = bindSearch(st, q.search(), next);
                }
                st.setInt(next, q.limit());
                st.setLong(next + 1, seek == null ? q.offset() : seek.skip());
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

    /**
     * What a column sorts by in SQL: the kind's time column itself (indexed since migration 1), any other as
     * {@code ifnull(column, '')} — its NULL a value below every other, so a seek can compare with it — on which
     * migration 5 made an index. An expression, not the column, so that the index serves the tables' order and
     * nothing else: an index on a plain column of few values (no_reply_needed) would be chosen by the engine's
     * queries that test it, and walk most of the table.
     */
    String sortKey(Column<T> column) {
        String sql = sortColumn(column);
        return column.equals(kind.when()) ? sql : "ifnull(" + sql + ", '')";
    }

    /** The SQL column a table sorts by: one of this kind's, by its own name in this table. */
    String sortColumn(Column<T> column) {
        if (!kind.columns().contains(column) || !columns.contains(column.key())) {
            throw new IllegalArgumentException("No column " + column + " in " + table);
        }
        return column.key();
    }

    private String where(String search) {
        return search.isEmpty() ? "" : " WHERE " + searchCondition(search);
    }

    private String searchCondition(String search) {
        if (search.isEmpty()) {
            return "";
        }
        return "(" + String.join(" OR ", searched.stream().map(c -> c + " LIKE ? ESCAPE '\\'").toList()) + ")";
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
            try (PreparedStatement st = c.prepareStatement(bulk.insertSql(), Statement.RETURN_GENERATED_KEYS)) {
                bind(st, row);
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return withId(row, keys.getLong(1));
                }
            }
        });
    }

    public long countAlreadyThere(Iterable<T> rows) {
        return bulk.countAlreadyThere(rows);
    }

    public RecordStore.Imported addNew(Iterable<T> rows) {
        var added = bulk.add(rows, true, false);
        return new RecordStore.Imported(added.read(), added.added());
    }

    public RowEdit<T> addNewReversibly(Iterable<T> rows) {
        return bulk.add(rows, true, true).takeBack();
    }

    public long addAll(Iterable<T> rows) {
        return bulk.add(rows, false, false).added();
    }

    public RowEdit<T> apply(RowEdit<T> edit) {
        return db.write(c -> {
            long above = bulk.maxId(c);
            Map<Long, T> before = new LinkedHashMap<>();
            Set<Long> added = new LinkedHashSet<>();
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
            boolean allNew = edit.remove().length == 0 && !edit.put().isEmpty()
                    && edit.put().stream().allMatch(row -> idOf(row) > above);
            if (allNew) {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO bulk_insert (active) VALUES (1)");
                }
            }
            String assignments = String.join(" = ?, ", columns) + " = ?";
            try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " SET " + assignments
                    + " WHERE id = ?");
                 PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ",
                         columns) + ", id) VALUES (" + String.join(", ", Collections.nCopies(
                         columns.size() + 1, "?")) + ")")) {
                for (T row : edit.put()) {
                    PreparedStatement st = added.contains(idOf(row)) ? insert : update;
                    bind(st, row);
                    st.setLong(columns.size() + 1, idOf(row));
                    st.executeUpdate();
                }
            }
            if (allNew) {
                bulk.addTotalsAbove(c, above);
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

    /** The INSERT of one row of this table (its columns as parameters, from 1). */
    String insertSql() {
        return bulk.insertSql();
    }
}
