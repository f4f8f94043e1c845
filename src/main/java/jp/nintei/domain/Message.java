package jp.nintei.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
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
        client = client == null ? "" : Values.text("client", client).strip();
        note = note == null ? "" : Values.text("note", note).strip();
        // Whole seconds: what the logbook stores, so a message reads back equal to what was saved.
        receivedAt = Objects.requireNonNull(receivedAt, "receivedAt").truncatedTo(ChronoUnit.SECONDS);
        repliedAt = repliedAt == null ? null : repliedAt.truncatedTo(ChronoUnit.SECONDS);
        if (repliedAt != null && repliedAt.toInstant().isBefore(receivedAt.toInstant())) {
            throw new IllegalArgumentException("replied_at is before received_at");
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
