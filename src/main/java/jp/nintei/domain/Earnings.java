package jp.nintei.domain;

import java.math.BigDecimal;

/**
 * Earnings: yen of the jobs completed in the window (by closed_on), in the user's category when one is set,
 * against the cutoff the user estimated. Without a cutoff nothing can be said about the target.
 */
final class Earnings {

    private Earnings() {
    }

    static RequirementResult evaluate(Rule rule, Logbook logbook, AsOf asOf) {
        String category = logbook.settings().earningsCategory();
        long sum = 0;
        int paidJobs = 0;
        for (Job job : logbook.jobs()) {
            if (job.status() != JobStatus.COMPLETED || !asOf.inWindow(job.closedOn(), rule.windowDays())
                    || (!category.isEmpty() && !category.equals(job.category()))) {
                continue;
            }
            if (job.amountJpy() != null) {
                sum = Math.addExact(sum, job.amountJpy());
                paidJobs++;
            }
        }
        BigDecimal value = BigDecimal.valueOf(sum);
        BigDecimal target = rule.threshold() != null ? rule.threshold()
                : logbook.settings().earningsCutoff() == null ? null
                : BigDecimal.valueOf(logbook.settings().earningsCutoff());
        if (target == null) {
            return new RequirementResult(rule.requirement(), RequirementResult.Kind.YEN, value, null, false, null, null,
                    paidJobs);
        }
        boolean met = value.compareTo(target) >= 0;
        return new RequirementResult(rule.requirement(), RequirementResult.Kind.YEN, value, target, met,
                met ? BigDecimal.ZERO : target.subtract(value), met ? value.subtract(target) : null, paidJobs);
    }
}
