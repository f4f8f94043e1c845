package jp.nintei.domain;

import java.util.List;

/**
 * Messages waiting for a reply whose deadline is ahead or passed recently, oldest first, and how many older ones were
 * never answered (they do not count towards the reply rate, and are not worth a line each).
 */
public record WaitingReplies(List<Message> recent, long older) {

    public static final WaitingReplies NONE = new WaitingReplies(List.of(), 0);

    public WaitingReplies {
        recent = List.copyOf(recent);
    }
}
