package jp.nintei.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

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
    /** {@link Verification}: identity, phone and NDA checks (or those the rule's {@code checks} names). */
    CHECKS_DONE(Verification::evaluate),
    /** {@link SatisfactionShare}: share of 満足 reviews (Lancers since February 2022). */
    SATISFACTION_SHARE(SatisfactionShare::evaluate),
    /** {@link Earnings} with the rule's own threshold: sales over the window (coconala). */
    SALES(Earnings::evaluate),
    /** {@link Entered}: a value the user enters, shown as entered. */
    ENTERED(Entered::evaluate);

    /** The name a profile file uses: {@code reply_rate}, {@code satisfaction_share}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Metric> fromCode(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }

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
