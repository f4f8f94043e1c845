package jp.nintei.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.DateTimeException;
import jp.nintei.domain.TimeFormats;

/** How dates and instants are written in the logbook: ISO dates; UTC instants plus the offset they were logged in. */
final class Columns {

    private Columns() {
    }

    static void setDate(PreparedStatement st, int index, LocalDate date) throws SQLException {
        if (date == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, date.toString());
        }
    }

    static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw damaged(rs, column, text);
        }
    }

    /** A stored value that does not read: named by table, row and field, so the user can find it. */
    static StoreException damaged(ResultSet rs, String column, String text) throws SQLException {
        String table = rs.getMetaData().getTableName(1);
        return new StoreException(StoreException.Problem.BAD_VALUE, null, null, "damagedRow", table, rs.getLong("id"),
                column, text);
    }

    /** Writes the instant at {@code index} and its offset at {@code index + 1}. */
    static void setInstant(PreparedStatement st, int index, OffsetDateTime time) throws SQLException {
        if (time == null) {
            st.setNull(index, Types.VARCHAR);
            st.setNull(index + 1, Types.VARCHAR);
        } else {
            st.setString(index, utc(time));
            st.setString(index + 1, time.getOffset().getId());
        }
    }

    /**
     * The instant as stored: {@code Instant.toString()} of it ("2026-11-21T01:00:00Z"), written here by hand for
     * the whole seconds of years 1970–2999 that {@code Values.instant} lets in — the JDK's formatter took a third of
     * an import's reading time. Anything else is left to the JDK.
     */
    static String utc(OffsetDateTime time) {
        long seconds = time.toEpochSecond();
        if (time.getNano() != 0 || seconds < 0 || seconds >= LAST_SECOND) {
            return time.toInstant().toString();
        }
        long days = Math.floorDiv(seconds, 86_400);
        int inDay = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(days);
        char[] c = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0', 'T', '0', '0', ':', '0', '0', ':', '0', '0', 'Z'};
        put(c, 0, date.getYear(), 4);
        put(c, 5, date.getMonthValue(), 2);
        put(c, 8, date.getDayOfMonth(), 2);
        put(c, 11, inDay / 3600, 2);
        put(c, 14, inDay / 60 % 60, 2);
        put(c, 17, inDay % 60, 2);
        return new String(c);
    }

    /** 3000-01-01T00:00:00Z: four-digit years below it. */
    private static final long LAST_SECOND = 32_503_680_000L;

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    static OffsetDateTime getInstant(ResultSet rs, String column, String offsetColumn) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        String offset = rs.getString(offsetColumn);
        return TimeFormats.stored(text, offset).orElseThrow(() -> {
            try {
                boolean offsetIsBad = offset == null || TimeFormats.stored(text, "Z").isPresent();
                return offsetIsBad ? damaged(rs, offsetColumn, offset) : damaged(rs, column, text);
            } catch (SQLException e) {
                return StoreException.of(e, "readFailed", e.getMessage());
            }
        });
    }

    static void setLong(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static void expectOneRow(int updated, String what, long id) {
        if (updated != 1) {
            throw StoreException.of("noRow", what, id);
        }
    }
}
