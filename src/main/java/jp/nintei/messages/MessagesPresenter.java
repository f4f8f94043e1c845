package jp.nintei.messages;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import jp.nintei.ui.Dialogs;
import jp.nintei.ui.EditorPresenter;
import jp.nintei.ui.Form;
import jp.nintei.ui.LogbookSession;
import jp.nintei.domain.TimeFormats;
import jp.nintei.domain.Values;
import jp.nintei.domain.Message;
import jp.nintei.domain.MessageColumn;
import jp.nintei.domain.RecordKind;

/** The Messages screen: every client message with its reply, and the message form (times stay editable). */
public final class MessagesPresenter extends EditorPresenter<Message> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public final Form.Field client;
    public final Form.Field receivedAt;
    public final Form.Field repliedAt;
    public final Form.Field note;
    public final BooleanProperty noReplyNeeded = new SimpleBooleanProperty();

    public MessagesPresenter(LogbookSession session, Dialogs dialogs) {
        super(session, dialogs, RecordKind.MESSAGES);
        client = form.field(MessageColumn.CLIENT, v -> Form.Problem.check(() -> Values.text("client", v)));
        receivedAt = form.field(MessageColumn.RECEIVED_AT,
                v -> Form.Problem.check(() -> TimeFormats.instant("received_at", v, session.now().getZone())));
        repliedAt = form.field(MessageColumn.REPLIED_AT, this::repliedAtError);
        form.watch(noReplyNeeded);
        note = form.field(MessageColumn.NOTE, v -> Form.Problem.check(() -> Values.text("note", v)));
        newRow();
        // an untouched Received of a new message follows the clock: it shows now, and Save stamps the time of Save
        session.shown().stateProperty().addListener((obs, old, now) -> followTheClock());
    }

    /** A new message whose Received the user has not edited: it is received when it is saved. */
    private boolean receivedFollowsTheClock() {
        return editingProperty().get() == null && !receivedAt.touched();
    }

    /** Shows the current time in an untouched Received, without counting it as typing. */
    public void followTheClock() {
        if (receivedFollowsTheClock()) {
            form.refill(receivedAt, show(session.now().toOffsetDateTime()));
        }
    }

    private Form.Problem repliedAtError(String v) {
        if (v.isEmpty()) {
            return null;
        }
        Form.Problem notATime = Form.Problem.check(() -> TimeFormats.instant("replied_at", v, session.now().getZone()));
        if (notATime != null) {
            return notATime;
        }
        return Form.Problem.check(() -> Message.checkReply(time(receivedAt.text()), time(v)));
    }

    private OffsetDateTime time(String v) {
        return TimeFormats.parseInstant(v, session.now().getZone()).orElse(null);
    }

    /** A time as the form shows it: in the user's time zone, to the second. */
    public String show(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(session.now().getZone()).format(SHOWN);
    }

    @Override
    protected void load(Message m) {
        client.textProperty().set(m.client());
        receivedAt.textProperty().set(show(m.receivedAt()));
        repliedAt.textProperty().set(show(m.repliedAt()));
        noReplyNeeded.set(m.noReplyNeeded());
        note.textProperty().set(m.note());
    }

    @Override
    protected void clear() {
        client.textProperty().set("");
        receivedAt.textProperty().set(show(session.now().toOffsetDateTime()));
        repliedAt.textProperty().set("");
        noReplyNeeded.set(false);
        note.textProperty().set("");
    }

    @Override
    protected Message build(long id) {
        OffsetDateTime received = receivedFollowsTheClock() ? session.now().toOffsetDateTime()
                : time(receivedAt.text());
        return new Message(id, client.text(), received,
                repliedAt.text().isEmpty() ? null : time(repliedAt.text()), noReplyNeeded.get(), note.text());
    }


    @Override
    protected String describe(Message m) {
        return (m.client().isEmpty() ? "" : m.client() + " ") + show(m.receivedAt());
    }
}
