package jp.nintei.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.nintei.domain.Settings;
import jp.nintei.domain.ValueException;

/**
 * Whether a file may be used as a logbook, decided without writing to it: the header, that it is Nintei's
 * ({@code application_id}) and not from a newer Nintei, {@code quick_check} / {@code integrity_check}, and stored
 * dates and times that do not read. Whatever it refuses is left exactly as it was.
 */
final class LogbookChecks {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private LogbookChecks() {
    }

    static boolean isEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static void checkHeader(Path file) {
        byte[] header = new byte[100];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new RefusedFileException(StoreException.Problem.NOT_A_LOGBOOK, file, "cannotRead", file,
                    e.getMessage());
        }
        if (read == 0) {
            return; // an empty file: a new logbook
        }
        if (read < header.length || !Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0,
                SQLITE_MAGIC.length)) {
            throw new RefusedFileException(StoreException.Problem.NOT_A_LOGBOOK, file, "not_a_logbook", file);
        }
        int applicationId = ByteBuffer.wrap(header, 68, 4).getInt();
        if (applicationId != 0 && applicationId != Migrations.APPLICATION_ID) {
            throw new RefusedFileException(StoreException.Problem.OTHER_PROGRAM, file, "other_program", file);
        }
    }

    /** Reads only: decides whether the file may be used. */
    static void inspect(Path file, Connection c, boolean existed, int latest, String check) {
        try {
            int applicationId = intPragma(c, "application_id");
            int version = intPragma(c, "user_version");
            int tables;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                tables = rs.next() ? rs.getInt(1) : 0;
            }
            if (applicationId != Migrations.APPLICATION_ID && tables > 0) {
                throw new RefusedFileException(StoreException.Problem.OTHER_PROGRAM, file, "other_program", file);
            }
            if (version > latest) {
                throw new RefusedFileException(StoreException.Problem.NEWER_VERSION, file, "newer_version", file, version,
                        latest);
            }
            if (existed && check != null) {
                String verdict;
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(check)) {
                    verdict = rs.next() ? rs.getString(1) : "no answer";
                }
                if (tables > 0 && version >= 1 && (verdict.equals("ok") || verdict.contains("constraint failed")
                        || verdict.startsWith("NULL value"))) {
                    // names the row of a value that breaks a rule; where the CHECKs are the rules and were tested, an
                    // "ok" said it all (a read-only connection's quick_check skips the CHECKs: seen with SQLite 3.50;
                    // and SQLite opens an unwritable file read-only whatever the connection asked for)
                    checkValues(file, c, verdict.equals("ok") && !c.isReadOnly() && Files.isWritable(file)
                            && StoredValues.heldBySchema(c));
                }
                if (!"ok".equals(verdict)) {
                    throw new RefusedFileException(StoreException.Problem.DAMAGED, file, "damaged", file, verdict);
                }
            }
        } catch (SQLException e) {
            throw new RefusedFileException(StoreException.Problem.DAMAGED, file, "unreadable", file, e.getMessage());
        }
    }

    /**
     * A value no door of Nintei accepts ({@link StoredValues}: a date, time, offset or amount written behind its back),
     * or a setting it cannot read: the logbook is refused, naming the table, row and field, and left untouched.
     * {@code rowsChecked}: the CHECKs of the tables are the rules and a {@code quick_check} on a writable connection
     * found nothing; the settings, which no CHECK holds, are still read.
     */
    private static void checkValues(Path file, Connection c, boolean rowsChecked) throws SQLException {
        if (!rowsChecked) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(StoredValues.firstBadRow(c))) {
                if (rs.next()) {
                    throw badValue(file, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                }
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT key, value FROM setting")) {
            while (rs.next()) {
                try {
                    SqliteSettingsStore.parse(Settings.EMPTY, rs.getString(1), rs.getString(2));
                } catch (ValueException e) {
                    throw badValue(file, "setting", rs.getString(1), "value", rs.getString(2));
                }
            }
        }
    }

    static RefusedFileException badValue(Path file, String table, String row, String field, String value) {
        String shown = value == null ? "NULL" : value.length() > 60 ? value.substring(0, 57) + "…" : value;
        return new RefusedFileException(StoreException.Problem.BAD_VALUE, file, "bad_value", file, table, row, field,
                shown);
    }

    static int intPragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
