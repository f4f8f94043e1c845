package jp.nintei.store;

import java.time.Instant;
import jp.nintei.domain.Message;
import jp.nintei.domain.WaitingReplies;
import java.util.List;

/** The messages of the logbook. */
public interface MessageStore extends RecordStore<Message> {

    /**
     * Messages waiting for a reply (not answered, not "no reply needed") received after {@code since}, oldest first,
     * at most {@code limit}; and how many waiting ones were received at or before it.
     */
    WaitingReplies waiting(Instant since, int limit);

    /** The waiting messages (not answered, not "no reply needed") received at or before {@code receivedBy}. */
    List<Message> waitingUpTo(Instant receivedBy);

    /** Marks every waiting message received at or before {@code receivedBy} "no reply needed"; returns how many. */
    int markNoReplyNeededUpTo(Instant receivedBy);
}
