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

/**
 * Whether a file may be used as a logbook, decided without writing to it: the header, that it is Nintei's
 * ({@code application_id}) and not from a newer Nintei, {@code quick_check} / {@code integrity_check}, and stored
 * dates and times that do not read. Whatever it refuses is left exactly as it was.
 */
final class LogbookChecks {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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
            throw new RefusedFileException("Cannot read " + file + ": " + e.getMessage());
        }
        if (read == 0) {
            return; // an empty file: a new logbook
        }
        if (read < header.length || !java.util.Arrays.equals(header, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0,
                SQLITE_MAGIC.length)) {
            throw new RefusedFileException(StoreException.Problem.NOT_A_LOGBOOK, file, file
                    + " is not a Nintei logbook (it is not a SQLite database, or it is "
                    + "truncated or damaged). It was left untouched.");
        }
        int applicationId = ByteBuffer.wrap(header, 68, 4).getInt();
        if (applicationId != 0 && applicationId != Migrations.APPLICATION_ID) {
            throw new RefusedFileException(StoreException.Problem.OTHER_PROGRAM, file, file
                    + " is a SQLite database of another program, not a Nintei logbook. "
                    + "It was left untouched.");
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
                throw new RefusedFileException(StoreException.Problem.OTHER_PROGRAM, file, file
                        + " is a SQLite database of another program, not a Nintei "
                        + "logbook. It was left untouched.");
            }
            if (version > latest) {
                throw new RefusedFileException(StoreException.Problem.NEWER_VERSION, file, file
                        + " was written by a newer version of Nintei (schema " + version
                        + "; this version knows up to " + latest + "). Update Nintei to open it; do not restore an "
                        + "older backup over it, that would lose what the newer Nintei wrote. It was left untouched.");
            }
            if (existed && check != null) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(check)) {
                    String verdict = rs.next() ? rs.getString(1) : "no answer";
                    if (!"ok".equals(verdict)) {
                        throw new RefusedFileException(StoreException.Problem.DAMAGED, file,
                                file + " is damaged (" + verdict + "). It was left untouched.");
                    }
                }
                if (tables > 0 && version >= 1) {
                    checkValues(file, c);
                }
            }
        } catch (SQLException e) {
            throw new RefusedFileException(StoreException.Problem.DAMAGED, file,
                    file + " is not a Nintei logbook or is damaged (" + e.getMessage()
                    + "). It was left untouched.");
        }
    }

    /** Dates and times SQLite stores as text but Nintei could not read: a damaged logbook, found before it is used. */
    private static final String BAD_VALUES = """
            SELECT 'job', id, 'ordered_on', ordered_on FROM job WHERE date(ordered_on) IS NOT ordered_on
            UNION ALL SELECT 'job', id, 'closed_on', closed_on FROM job
              WHERE closed_on IS NOT NULL AND date(closed_on) IS NOT closed_on
            UNION ALL SELECT 'review', id, 'rated_on', rated_on FROM review WHERE date(rated_on) IS NOT rated_on
            UNION ALL SELECT 'message', id, 'received_at', received_at FROM message
              WHERE strftime('%Y-%m-%dT%H:%M:%SZ', received_at) IS NOT received_at
                 OR (received_offset <> 'Z' AND received_offset NOT GLOB '[+-][0-1][0-9]:[0-5][0-9]')
            UNION ALL SELECT 'message', id, 'replied_at', replied_at FROM message WHERE replied_at IS NOT NULL
              AND (strftime('%Y-%m-%dT%H:%M:%SZ', replied_at) IS NOT replied_at
                   OR (replied_offset <> 'Z' AND replied_offset NOT GLOB '[+-][0-1][0-9]:[0-5][0-9]'))
            LIMIT 1""";

    private static void checkValues(Path file, Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(BAD_VALUES)) {
            if (rs.next()) {
                throw new RefusedFileException(StoreException.Problem.DAMAGED, file, file + " is damaged: its "
                        + rs.getString(1) + " row " + rs.getLong(2) + ", field " + rs.getString(3) + ", holds '"
                        + rs.getString(4) + "', which is not a valid value. It was left untouched.");
            }
        }
    }

    static int intPragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
