package jp.nintei.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.WaitingReplies;
import jp.nintei.domain.Column;
import jp.nintei.domain.Message;
import jp.nintei.domain.MessageColumn;
import jp.nintei.domain.RecordKind;

final class SqliteMessageStore extends RecordTable<Message> implements MessageStore {

    SqliteMessageStore(Database db) {
        super(db, "message", RecordKind.MESSAGES, List.of("client", "received_at", "received_offset", "replied_at",
                "replied_offset", "no_reply_needed", "note"));
    }

    @Override
    String sortKey(Column<Message> column) {
        return column.equals(MessageColumn.NO_REPLY_NEEDED) ? "ifnull(no_reply_needed, 0)" : super.sortKey(column);
    }

    @Override
    public WaitingReplies waiting(Instant since, int limit) {
        return database().read(c -> {
            List<Message> recent = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM message WHERE replied_at IS NULL "
                    + "AND no_reply_needed = 0 AND received_at > ? ORDER BY received_at, id LIMIT ?")) {
                st.setString(1, since.truncatedTo(ChronoUnit.SECONDS).toString());
                st.setInt(2, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        recent.add(read(rs));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM message WHERE replied_at IS NULL "
                    + "AND no_reply_needed = 0 AND received_at <= ?")) {
                st.setString(1, since.truncatedTo(ChronoUnit.SECONDS).toString());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new WaitingReplies(recent, rs.getLong(1));
                }
            }
        });
    }

    @Override
    public List<Message> waitingUpTo(Instant receivedBy) {
        return database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM message WHERE replied_at IS NULL "
                    + "AND no_reply_needed = 0 AND received_at <= ? ORDER BY id")) {
                st.setString(1, receivedBy.truncatedTo(ChronoUnit.SECONDS).toString());
                List<Message> found = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs));
                    }
                }
                return found;
            }
        });
    }

    @Override
    public int markNoReplyNeededUpTo(Instant receivedBy) {
        return database().write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE message SET no_reply_needed = 1 WHERE replied_at IS "
                    + "NULL AND no_reply_needed = 0 AND received_at <= ?")) {
                st.setString(1, receivedBy.truncatedTo(ChronoUnit.SECONDS).toString());
                return st.executeUpdate();
            }
        });
    }

    @Override
    void bind(PreparedStatement st, Message m) throws SQLException {
        st.setString(1, m.client());
        Columns.setInstant(st, 2, m.receivedAt());
        Columns.setInstant(st, 4, m.repliedAt());
        st.setInt(6, m.noReplyNeeded() ? 1 : 0);
        st.setString(7, m.note());
    }

    @Override
    Message map(ResultSet rs) throws SQLException {
        return new Message(rs.getLong("id"), rs.getString("client"),
                Columns.getInstant(rs, "received_at", "received_offset"),
                Columns.getInstant(rs, "replied_at", "replied_offset"),
                rs.getInt("no_reply_needed") == 1, rs.getString("note"));
    }


    @Override
    Message withId(Message m, long id) {
        return m.withId(id);
    }
}
