package jp.nintei.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A client message and the freelancer's reply. Times keep the offset they were logged with, for display;
 * all arithmetic is on the instants.
 *
 * @param repliedAt     null while not answered
 * @param noReplyNeeded the user decided it needs no answer: it never counts towards the reply rate
 */
public record Message(long id, String client, OffsetDateTime receivedAt, OffsetDateTime repliedAt,
                      boolean noReplyNeeded, String note) {

    public Message {
        client = Values.text("client", client);
        note = Values.text("note", note);
        // Whole seconds: what the logbook stores, so a message reads back equal to what was saved.
        receivedAt = Values.instant("received_at", Objects.requireNonNull(receivedAt, "receivedAt"));
        repliedAt = repliedAt == null ? null : Values.instant("replied_at", repliedAt);
        checkReply(receivedAt, repliedAt);
    }

    /**
     * A reply comes at or after the message it answers — the one rule of the two times together, for this constructor
     * (and so for the CSV import and every row the store reads back) and for the message form. Either time not known
     * yet (null) passes.
     */
    public static void checkReply(OffsetDateTime receivedAt, OffsetDateTime repliedAt) {
        if (receivedAt != null && repliedAt != null && repliedAt.toInstant().isBefore(receivedAt.toInstant())) {
            throw new ValueException("replied_at", "value.replyBeforeMessage", TimeFormats.format(repliedAt),
                    TimeFormats.format(receivedAt));
        }
    }

    public Instant received() {
        return receivedAt.toInstant();
    }

    /** True when a reply exists and was sent at or before {@code asOf}. */
    public boolean repliedBy(Instant asOf) {
        return repliedAt != null && !repliedAt.toInstant().isAfter(asOf);
    }

    /** Real time between arrival and reply; only meaningful when replied. */
    public Duration replyTime() {
        return Duration.between(receivedAt.toInstant(), repliedAt.toInstant());
    }

    public Message withId(long newId) {
        return new Message(newId, client, receivedAt, repliedAt, noReplyNeeded, note);
    }

    public Message withReply(OffsetDateTime reply) {
        return new Message(id, client, receivedAt, reply, noReplyNeeded, note);
    }

    public Message withNoReplyNeeded(boolean value) {
        return new Message(id, client, receivedAt, repliedAt, value, note);
    }
}
