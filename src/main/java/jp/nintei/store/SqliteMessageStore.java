package jp.nintei.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import jp.nintei.domain.Message;

final class SqliteMessageStore extends RecordTable<Message> implements MessageStore {

    SqliteMessageStore(Database db) {
        super(db, "message", List.of("client", "received_at", "received_offset", "replied_at", "replied_offset",
                "no_reply_needed", "note"));
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
    long idOf(Message m) {
        return m.id();
    }

    @Override
    Message withId(Message m, long id) {
        return m.withId(id);
    }
}
