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

    abstract long idOf(T row);

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
                rows.add(map(rs));
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
                        rows.add(map(rs));
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

    /** Inserts the rows in one transaction; the per-day totals are added once at the end, not row by row. */
    public void addAll(List<T> rows) {
        db.write(c -> {
            long above = maxId(c);
            try (Statement bulk = c.createStatement()) {
                bulk.execute("INSERT INTO bulk_insert (active) VALUES (1)");
            }
            try (PreparedStatement st = c.prepareStatement(insertSql())) {
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
            for (String sql : Totals.addRowsAbove(table)) {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setLong(1, above);
                    st.executeUpdate();
                }
            }
            try (Statement bulk = c.createStatement()) {
                bulk.execute("DELETE FROM bulk_insert");
            }
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
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
    }
}
