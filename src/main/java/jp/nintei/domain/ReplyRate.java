package jp.nintei.domain;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Lancers' reply rate: replies sent within 24 hours ÷ replies sent, over messages received in the window.
 * A message never answered (or marked "no reply needed") does not count; a late reply counts against.
 * A reply sent after the as-of is not sent yet.
 */
final class ReplyRate {

    /** The rule parameter that says what "on time" is, as an ISO-8601 duration ({@code PT24H}). */
    static final String ON_TIME_WITHIN = "on_time_within";

    private ReplyRate() {
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        Duration onTime = rule.duration(ON_TIME_WITHIN, Duration.ofHours(24));
        Facts.Tally replies = facts.replies(rule.instantBefore(asOf), asOf.instant(), onTime);
        return Shortfall.rate(rule, RequirementResult.Kind.RATE, replies.hits(), replies.count());
    }
}
