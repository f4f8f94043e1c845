package jp.nintei.store;

import jp.nintei.domain.Message;

/** The messages of the logbook. */
public interface MessageStore extends RecordStore<Message> {
}
