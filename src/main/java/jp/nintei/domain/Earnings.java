package jp.nintei.domain;

import java.math.BigDecimal;

/**
 * Earnings: yen of the jobs completed in the window (by closed_on), against the cutoff the user estimated — in the
 * user's category when one is set: Lancers' "top 20 % of your category". Without a cutoff nothing can be said about
 * the target. Sales (coconala) use the same sum with the rule's own threshold, over every category: the category
 * setting belongs to the Lancers rule and changes nothing else.
 */
final class Earnings {

    private Earnings() {
    }

    /** The category a rule counts: the user's for Lancers' earnings, every category for sales. */
    static String category(Rule rule, Settings settings) {
        return rule.metric() == Metric.EARNINGS ? settings.earningsCategory() : "";
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        Settings settings = facts.settings();
        Facts.Tally earned = facts.earnings(rule.dayBefore(asOf), asOf.date(), category(rule, settings));
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
