package jp.nintei.domain;

/**
 * Job completion: of the jobs ordered in the window and closed by the as-of date (not excluded by support),
 * completed ÷ (completed + cancelled). Jobs still in progress, or closed after the as-of, do not count.
 */
final class CompletionRate {

    private CompletionRate() {
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        Facts.Tally jobs = tally(rule, facts, asOf);
        return Shortfall.rate(rule, RequirementResult.Kind.RATE, jobs.hits(), jobs.count());
    }

    /** The jobs the rule counts: completed (hits) of all closed. */
    static Facts.Tally tally(Rule rule, Facts facts, AsOf asOf) {
        return facts.closedJobs(rule.dayBefore(asOf), asOf.date());
    }
}
