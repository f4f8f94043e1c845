package jp.nintei.domain;

import java.math.BigDecimal;

/**
 * Job completion: of the jobs ordered in the window and closed by the as-of date (not excluded by support),
 * completed ÷ (completed + cancelled). Jobs still in progress, or closed after the as-of, do not count.
 */
final class CompletionRate {

    private CompletionRate() {
    }

    static RequirementResult evaluate(Rule rule, Logbook logbook, AsOf asOf) {
        int closed = 0;
        int completed = 0;
        for (Job job : logbook.jobs()) {
            if (job.excluded() || !job.status().isClosed() || !asOf.inWindow(job.orderedOn(), rule.windowDays())
                    || job.closedOn().isAfter(asOf.date())) {
                continue;
            }
            closed++;
            if (job.status() == JobStatus.COMPLETED) {
                completed++;
            }
        }
        BigDecimal sum = BigDecimal.valueOf(completed);
        BigDecimal threshold = rule.threshold();
        return new RequirementResult(rule.requirement(), RequirementResult.Kind.RATE,
                Shortfall.mean(sum, closed), threshold,
                Shortfall.met(sum, closed, threshold, rule.minimumCount()),
                Shortfall.needed(sum, closed, threshold, BigDecimal.ONE, rule.minimumCount()),
                Shortfall.margin(sum, closed, threshold, BigDecimal.ZERO, rule.minimumCount()),
                closed);
    }
}
