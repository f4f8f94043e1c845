package jp.nintei.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Lancers' reply rate: replies sent within 24 hours ÷ replies sent, over messages received in the window.
 * A message never answered (or marked "no reply needed") does not count; a late reply counts against.
 * A reply sent after the as-of is not sent yet.
 */
final class ReplyRate {

    private ReplyRate() {
    }

    static RequirementResult evaluate(Rule rule, Logbook logbook, AsOf asOf) {
        Duration onTime = rule.duration("on_time_within", Duration.ofHours(24));
        Instant t = asOf.instant();
        int replies = 0;
        int onTimeReplies = 0;
        for (Message m : logbook.messages()) {
            if (m.noReplyNeeded() || !asOf.inWindow(m.received(), rule.windowDays()) || !m.repliedBy(t)) {
                continue;
            }
            replies++;
            if (m.replyTime().compareTo(onTime) <= 0) {
                onTimeReplies++;
            }
        }
        BigDecimal sum = BigDecimal.valueOf(onTimeReplies);
        BigDecimal threshold = rule.threshold();
        return new RequirementResult(rule.requirement(), RequirementResult.Kind.RATE,
                Shortfall.mean(sum, replies), threshold,
                Shortfall.met(sum, replies, threshold, rule.minimumCount()),
                Shortfall.needed(sum, replies, threshold, BigDecimal.ONE, rule.minimumCount()),
                Shortfall.margin(sum, replies, threshold, BigDecimal.ZERO, rule.minimumCount()),
                replies);
    }
}
