package jp.nintei.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Messages waiting for a reply whose deadline is ahead or passed recently, oldest first, and how many older ones were
 * never answered (they do not count towards the reply rate, and are not worth a line each).
 */
public record WaitingReplies(List<Message> recent, long older) {

    public static final WaitingReplies NONE = new WaitingReplies(List.of(), 0);

    public WaitingReplies {
        recent = List.copyOf(recent);
    }

    /**
     * The message a "Replied" with none chosen means: the only one still inside its deadline ({@code within} of its
     * arrival) at {@code now}; empty when there are none or several — never an overdue one silently (a late reply
     * lowers the reply rate), so the user chooses.
     */
    public Optional<Message> onlyOneInTime(Instant now, Duration within) {
        List<Message> inTime = recent.stream().filter(m -> m.repliedAt() == null && !m.noReplyNeeded()
                && !m.received().plus(within).isBefore(now)).toList();
        return inTime.size() == 1 ? Optional.of(inTime.get(0)) : Optional.empty();
    }
}
