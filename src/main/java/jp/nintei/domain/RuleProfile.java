package jp.nintei.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A certification program: its name and its requirements, in the order they are shown. */
public record RuleProfile(String id, String name, List<Rule> rules) {

    public static final String REPLY_RATE = "reply_rate";
    public static final String COMPLETION_RATE = "completion_rate";
    public static final String EARNINGS = "earnings";
    public static final String RATING = "rating";
    public static final String VERIFICATION = "verification";

    /** Lancers' 認定ランサー (Certified Lancer) as Nintei measures it: rolling 365 days. */
    public static final RuleProfile LANCERS_CERTIFIED = new RuleProfile("lancers-certified", "Lancers 認定ランサー", List.of(
            new Rule(REPLY_RATE, Metric.REPLY_RATE, new BigDecimal("0.80"), 365, 5, Map.of(ReplyRate.ON_TIME_WITHIN, "PT24H")),
            new Rule(COMPLETION_RATE, Metric.COMPLETION_RATE, new BigDecimal("0.90"), 365, 1, Map.of()),
            new Rule(EARNINGS, Metric.EARNINGS, null, 365, 0, Map.of()),
            new Rule(RATING, Metric.AVERAGE_RATING, new BigDecimal("4.8"), 365, 1, Map.of()),
            new Rule(VERIFICATION, Metric.CHECKS_DONE, new BigDecimal("3"), 365, 0, Map.of())));

    public RuleProfile {
        rules = List.copyOf(rules);
    }

    /** How long a client waits for an on-time reply under this profile's reply-rate rule; empty without one. */
    public java.util.Optional<java.time.Duration> replyDeadline() {
        return rules.stream().filter(r -> r.metric() == Metric.REPLY_RATE).findFirst()
                .map(r -> r.duration(ReplyRate.ON_TIME_WITHIN, java.time.Duration.ofHours(24)));
    }

    /** The longest rolling window of the profile's rules, in days: what the dashboard's header names. */
    public int windowDays() {
        return rules.stream().mapToInt(Rule::windowDays).max().orElse(365);
    }
}
