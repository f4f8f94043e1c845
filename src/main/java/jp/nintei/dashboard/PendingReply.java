package jp.nintei.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.nintei.domain.Message;
import jp.nintei.ui.Localization;

/**
 * A message waiting for a reply, with the time left until its reply deadline.
 *
 * @param urgent less than 3 hours left
 */
public record PendingReply(Message message, Instant deadline, String client, String note, String received,
                           String remaining, boolean overdue, boolean urgent) {

    private static final Duration URGENT = Duration.ofHours(3);
    private static final DateTimeFormatter THIS_YEAR = DateTimeFormatter.ofPattern("M/d HH:mm");
    private static final DateTimeFormatter OTHER_YEAR = DateTimeFormatter.ofPattern("yyyy/M/d HH:mm");

    /** {@code m} as the list shows it at {@code now}: a message of another year shows its year. */
    static PendingReply of(Message m, Instant now, int thisYear, Duration within, Localization l10n, ZoneId zone) {
        Instant deadline = m.received().plus(within);
        Duration left = Duration.between(now, deadline);
        boolean overdue = left.isNegative();
        String remaining = overdue
                ? l10n.text("pending.overdue", left.negated().toHours(), left.negated().toMinutesPart())
                : l10n.text("pending.left", left.toHours(), left.toMinutesPart());
        var local = m.receivedAt().atZoneSameInstant(zone);
        String received = l10n.text("pending.received", local.format(local.getYear() == thisYear ? THIS_YEAR
                : OTHER_YEAR));
        return new PendingReply(m, deadline, m.client().isEmpty() ? l10n.text("pending.noClient") : m.client(),
                m.note().isEmpty() ? "" : l10n.text("pending.note", m.note()), received, remaining, overdue,
                !overdue && left.compareTo(URGENT) < 0);
    }
}
