package jp.nintei.domain;

/** What a rule measures. Each metric is computed in its own class, named after it. */
public enum Metric {
    /** {@link ReplyRate}: share of replies sent on time. */
    REPLY_RATE(ReplyRate::evaluate),
    /** {@link CompletionRate}: completed ÷ closed jobs. */
    COMPLETION_RATE(CompletionRate::evaluate),
    /** {@link Earnings}: yen earned against the user's cutoff. */
    EARNINGS(Earnings::evaluate),
    /** {@link AverageRating}: mean star rating. */
    AVERAGE_RATING(AverageRating::evaluate),
    /** {@link Verification}: identity, phone and NDA checks. */
    CHECKS_DONE(Verification::evaluate);

    /** Computes one requirement from the logbook. */
    @FunctionalInterface
    interface Evaluator {
        RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf);
    }

    private final Evaluator evaluator;

    Metric(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        return evaluator.evaluate(rule, facts, asOf);
    }
}
