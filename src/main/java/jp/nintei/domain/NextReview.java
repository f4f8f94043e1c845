package jp.nintei.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The next monthly review and what it will see: the profile evaluated at R on the logbook as known at T
 * ({@link KnownAt}), so what leaves the window by R shows.
 *
 * @param at       R: the first 00:00:00 of the 1st of a month strictly after T, in T's offset
 * @param progress every requirement at R
 * @param falls    the requirements met now that will not be met at R, and why
 */
public record NextReview(OffsetDateTime at, Progress progress, List<Fall> falls) {

    /** A met requirement that will not be met at the review: its value now and then, and how many items leave. */
    public record Fall(RequirementResult now, RequirementResult then, long leaving) {
    }

    /** R for T. */
    public static OffsetDateTime after(OffsetDateTime t) {
        return t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
    }

    /** The review after {@code t}, evaluated on {@code facts} as known at {@code t}; compared with {@code now}. */
    public static NextReview of(Facts facts, OffsetDateTime t, RuleProfile profile, Progress now) {
        OffsetDateTime r = after(t);
        AsOf asOfT = AsOf.of(t);
        Progress then = CertificationEngine.evaluate(new KnownAt(facts, asOfT), AsOf.of(r), profile);
        List<Fall> falls = new ArrayList<>();
        for (RequirementResult before : now.results()) {
            RequirementResult after = then.result(before.requirement()).orElseThrow();
            if (before.met() && !after.met()) {
                Rule rule = profile.rule(before.requirement()).orElseThrow();
                falls.add(new Fall(before, after, leaving(facts, rule, asOfT, AsOf.of(r))));
            }
        }
        return new NextReview(r, then, falls);
    }

    /** How many counted items are in the rule's window at T but not at R: they leave by the review. */
    static long leaving(Facts facts, Rule rule, AsOf t, AsOf r) {
        return switch (rule.metric()) {
            case REPLY_RATE -> facts.replies(rule.instantBefore(t), rule.instantBefore(r),
                    ReplyRate.onTime(rule)).count();
            case COMPLETION_RATE -> facts.closedJobs(rule.dayBefore(t), rule.dayBefore(r)).count();
            case EARNINGS, SALES -> facts.earnings(rule.dayBefore(t), rule.dayBefore(r),
                    Earnings.category(rule, facts.settings())).count();
            case AVERAGE_RATING, SATISFACTION_SHARE -> facts.ratings(rule.dayBefore(t), rule.dayBefore(r)).values()
                    .stream().mapToLong(Long::longValue).sum();
            case CHECKS_DONE, ENTERED -> 0;
        };
    }

    /** True when the value at R is lower than now (a met requirement can also fall by a minimum count). */
    public static boolean lower(Fall fall) {
        BigDecimal a = fall.now().value();
        BigDecimal b = fall.then().value();
        return a != null && b != null && b.compareTo(a) < 0;
    }
}
