package jp.nintei.domain;

import java.math.BigDecimal;

/**
 * Earnings: yen of the jobs completed in the window (by closed_on), in the user's category when one is set,
 * against the cutoff the user estimated. Without a cutoff nothing can be said about the target.
 */
final class Earnings {

    private Earnings() {
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        Settings settings = facts.settings();
        Facts.Tally earned = facts.earnings(rule.dayBefore(asOf), asOf.date(),
                settings.earningsCategory());
        BigDecimal value = BigDecimal.valueOf(earned.hits());
        int paidJobs = (int) Math.min(Integer.MAX_VALUE, earned.count());
        BigDecimal target = rule.threshold() != null ? rule.threshold()
                : settings.earningsCutoff() == null ? null : BigDecimal.valueOf(settings.earningsCutoff());
        if (target == null) {
            return new RequirementResult(rule.requirement(), RequirementResult.Kind.YEN, value, null, false, null, null,
                    paidJobs);
        }
        boolean met = value.compareTo(target) >= 0;
        return new RequirementResult(rule.requirement(), RequirementResult.Kind.YEN, value, target, met,
                met ? BigDecimal.ZERO : target.subtract(value), met ? value.subtract(target) : null, paidJobs);
    }
}
