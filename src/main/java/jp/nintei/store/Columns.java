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
            st.setString(index, time.toInstant().toString());
            st.setString(index + 1, time.getOffset().getId());
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
