package jp.nintei.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import jp.nintei.domain.Settings;
import jp.nintei.domain.ValueException;

/**
 * The way back for a logbook refused because some rows hold values Nintei cannot read (changed behind its back): keep
 * everything else. The logbook as it was is copied into the backups folder first; the damaged rows are written, with
 * every column as it is stored, to a CSV file beside that copy; then they are removed and the totals recounted, in one
 * transaction. Nothing logged since the last backup is lost — unlike restoring that backup.
 */
public final class LogbookRepair {

    /** What was done: how many rows were set aside, where they are, and where the logbook as it was is kept. */
    public record SetAside(int rows, Path csv, Path keptCopy) {
    }

    private LogbookRepair() {
    }

    public static SetAside setAsideDamagedRows(Path logbook, LocalDateTime now) {
        Path file = logbook.toAbsolutePath();
        WriterLock lock = WriterLock.acquire(file);
        try {
            Path kept = Backups.keepCopy(file, now);
            Path csv = kept.resolveSibling(kept.getFileName().toString().replaceFirst("^replaced-", "set-aside-")
                    .replaceFirst("\\.db$", ".csv"));
            StringBuilder out = new StringBuilder("\uFEFFtable,id,field,row\n");
            int removed;
            try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file)) {
                removed = Database.inTransaction(c, conn -> remove(conn, out));
            } catch (SQLException e) {
                throw StoreException.of(e, "setAsideFailed", file, e.getMessage(), kept);
            }
            Files.writeString(csv, out, StandardCharsets.UTF_8);
            DataFiles.makePrivate(csv);
            return new SetAside(removed, csv, kept);
        } catch (IOException e) {
            throw StoreException.of(e, "setAsideFailedEarly", file, DataFiles.reason(e));
        } finally {
            lock.release();
        }
    }

    /** Writes each damaged row to {@code out} and deletes it; bad settings too. Then the totals are made again. */
    private static int remove(Connection c, StringBuilder out) throws SQLException {
        int removed = 0;
        try (Statement st = c.createStatement()) {
            for (StoredValues.Rule rule : StoredValues.rulesOf(c)) {
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + rule.table() + " WHERE NOT coalesce("
                        + rule.valid() + ", 0)")) {
                    while (rs.next()) {
                        ids.add(rs.getLong("id"));
                        out.append(rule.table()).append(',').append(rs.getLong("id")).append(',')
                                .append(rule.field()).append(',').append(quoted(row(rs))).append('\n');
                    }
                }
                for (long id : ids) {
                    st.executeUpdate("DELETE FROM " + rule.table() + " WHERE id = " + id);
                }
                removed += ids.size(); // (what executeUpdate counts includes the totals its triggers change)
            }
            List<String> badSettings = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT key, value FROM setting")) {
                while (rs.next()) {
                    try {
                        SqliteSettingsStore.parse(Settings.EMPTY, rs.getString(1), rs.getString(2));
                    } catch (ValueException e) {
                        badSettings.add(rs.getString(1));
                        out.append("setting,,").append(quoted(rs.getString(1))).append(',')
                                .append(quoted(rs.getString(2))).append('\n');
                    }
                }
            }
            try (var delete = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                for (String key : badSettings) {
                    delete.setString(1, key);
                    delete.executeUpdate();
                }
                removed += badSettings.size();
            }
            TotalsCheck.rebuild(c); // the rows' totals were kept for the values before they were changed
        }
        return removed;
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            cells.add(meta.getColumnName(i) + "=" + rs.getString(i));
        }
        return String.join("; ", cells);
    }

    /** A CSV cell, quoted; text a spreadsheet would run as a formula gets a leading ' (as every export does). */
    private static String quoted(String text) {
        String v = String.valueOf(text);
        if (!v.isEmpty() && "=+-@\t\r'".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
