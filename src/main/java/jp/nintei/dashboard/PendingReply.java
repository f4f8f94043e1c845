package jp.nintei.dashboard;

import java.time.Instant;
import jp.nintei.domain.Message;

/**
 * A message waiting for a reply, with the time left until its 24-hour mark.
 *
 * @param urgent less than 3 hours left
 */
public record PendingReply(Message message, Instant deadline, String client, String note, String received,
                           String remaining, boolean overdue, boolean urgent) {
}
