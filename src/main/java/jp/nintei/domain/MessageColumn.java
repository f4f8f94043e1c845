package jp.nintei.domain;

import java.util.List;

/** The columns of a message, in the order of the messages CSV. */
public final class MessageColumn {

    public static final Column<Message> CLIENT = Column.searched("client");
    public static final Column<Message> RECEIVED_AT = Column.required("received_at");
    public static final Column<Message> REPLIED_AT = Column.plain("replied_at");
    public static final Column<Message> NO_REPLY_NEEDED = Column.plain("no_reply_needed");
    public static final Column<Message> NOTE = Column.searched("note");
    static final List<Column<Message>> ALL = List.of(CLIENT, RECEIVED_AT, REPLIED_AT, NO_REPLY_NEEDED, NOTE);

    private MessageColumn() {
    }
}
