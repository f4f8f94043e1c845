package jp.nintei.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Paging by seek for one table. A page far down a sorted list is not found by {@code OFFSET}, which walks every row
 * above it (1.3 s at the end of a million messages), but from an anchor: every {@link #step}-th row's sort key and
 * id in that order, read once per state of the logbook; the page seeks to the nearest anchor above it — an index
 * range where the column has one — and skips fewer than {@code step} rows.
 */
final class PageAnchors {

    /** The anchors of one order (a sort column, a direction, a search) in one state of the logbook. */
    private record Anchors(List<Object> stamp, List<Object> keys, List<Long> ids) {
    }

    private record Order(String column, boolean ascending, String search) {
    }

    /** Where a page at {@code offset} starts: the nearest anchor at or above it, and how many rows to skip after it. */
    record Seek(Object key, long id, long skip) {
    }

    /** Sets a search's parameters from 1; returns the next parameter's index. */
    interface SqlBinder {
        int bind(PreparedStatement st, int from) throws SQLException;
    }

    private final Database db;
    private final String table;
    private final int step;
    private final Map<Order, Anchors> kept = new LinkedHashMap<>(8, 0.75f, true);

    PageAnchors(Database db, String table, int step) {
        this.db = db;
        this.table = table;
        this.step = step;
    }

    /**
     * The seek for {@code offset} in the order of {@code column}, whose values {@code key} gives without NULL (see
     * {@link RecordTable#sortKey}); null when the offset is within the first step.
     */
    synchronized Seek seek(Connection c, String column, String key, boolean ascending, String search, String where,
                           SqlBinder bindSearch, long offset) throws SQLException {
        if (offset < step) {
            return null;
        }
        Order order = new Order(column, ascending, search);
        List<Object> stamp = stamp(c);
        Anchors anchors = kept.get(order);
        if (anchors == null || !anchors.stamp().equals(stamp)) {
            anchors = read(c, column, key, ascending, where, bindSearch, stamp);
            kept.put(order, anchors);
            while (kept.size() > 6) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        int k = (int) Math.min(offset / step, anchors.ids().size() - 1L);
        if (k <= 0) {
            return null;
        }
        return new Seek(anchors.keys().get(k), anchors.ids().get(k), offset - (long) k * step);
    }

    private Anchors read(Connection c, String column, String key, boolean ascending, String where,
                         SqlBinder bindSearch, List<Object> stamp) throws SQLException {
        String direction = ascending ? " ASC" : " DESC";
        List<Object> keys = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + key + ", id FROM " + table + where
                + " ORDER BY " + key + direction + ", id" + direction)) {
            bindSearch.bind(st, 1);
            try (ResultSet rs = st.executeQuery()) {
                for (long row = 0; rs.next(); row++) {
                    if (row % step == 0) {
                        keys.add(rs.getObject(1));
                        ids.add(rs.getLong(2));
                    }
                }
            }
        }
        return new Anchors(stamp, keys, ids);
    }

    /**
     * What the logbook's state is known by, cheaply: this connection, its own changes (SQLite's
     * {@code total_changes()}), other connections' commits ({@code data_version}) and restores into it.
     */
    private List<Object> stamp(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT total_changes(), (SELECT data_version FROM pragma_data_version)")) {
            rs.next();
            return List.of(System.identityHashCode(c), rs.getLong(1), rs.getLong(2), db.restores());
        }
    }
}
