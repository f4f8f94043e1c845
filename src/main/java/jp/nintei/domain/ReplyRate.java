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
    /** "On time" when a rule does not say: within 24 hours (Lancers' rule). Written here only. */
    static final Duration DEFAULT_ON_TIME = Duration.ofHours(24);

    private ReplyRate() {
    }

    /** How long a reply may take to be on time under {@code rule}. */
    static Duration onTime(Rule rule) {
        return rule.duration(ON_TIME_WITHIN, DEFAULT_ON_TIME);
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        Facts.Tally replies = tally(rule, facts, asOf);
        return Shortfall.rate(rule, RequirementResult.Kind.RATE, replies.hits(), replies.count());
    }

    /** The replies the rule counts: on time (hits) of all sent. */
    static Facts.Tally tally(Rule rule, Facts facts, AsOf asOf) {
        return facts.replies(rule.instantBefore(asOf), asOf.instant(), onTime(rule));
    }
}
