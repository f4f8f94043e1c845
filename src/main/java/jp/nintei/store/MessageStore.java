package jp.nintei.store;

import java.util.List;
import jp.nintei.domain.Message;

/** The client messages of the logbook. */
public interface MessageStore {
    List<Message> all();

    Message add(Message message);

    /** Stores all of them in one transaction, or none. */
    void addAll(List<Message> messages);

    void update(Message message);

    void delete(long id);
}
