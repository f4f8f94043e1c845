package jp.nintei.domain;

import java.util.List;

/**
 * The certification engine: a pure function from the facts of a logbook ({@link Facts}: its rows, or the store's
 * daily totals), an as-of and a rule profile to one result per requirement. Each metric lives in its own class ({@link ReplyRate}, {@link CompletionRate}, {@link Earnings},
 * {@link AverageRating}, {@link Verification}); this class only walks the profile.
 */
public final class CertificationEngine {

    /** Each run, told at TRACE (off: a level check): the benchmark counts the runs of one save. */
    private static final System.Logger RUNS = System.getLogger("jp.nintei.engine.runs");

    private CertificationEngine() {
    }

    public static Progress evaluate(Facts facts, AsOf asOf, RuleProfile profile) {
        if (RUNS.isLoggable(System.Logger.Level.TRACE)) {
            RUNS.log(System.Logger.Level.TRACE, "evaluate as of {0}", asOf);
        }
        List<RequirementResult> results = profile.rules().stream()
                .map(rule -> rule.metric().evaluate(rule, facts, asOf))
                .toList();
        return new Progress(profile, asOf, results);
    }
}
