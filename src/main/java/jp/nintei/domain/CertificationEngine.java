package jp.nintei.domain;

import java.util.List;

/**
 * The certification engine: a pure function from a logbook, an as-of and a rule profile to one result per
 * requirement. Each metric lives in its own class ({@link ReplyRate}, {@link CompletionRate}, {@link Earnings},
 * {@link AverageRating}, {@link Verification}); this class only walks the profile.
 */
public final class CertificationEngine {

    private CertificationEngine() {
    }

    public static Progress evaluate(Logbook logbook, AsOf asOf, RuleProfile profile) {
        List<RequirementResult> results = profile.rules().stream()
                .map(rule -> rule.metric().evaluate(rule, logbook, asOf))
                .toList();
        return new Progress(profile, asOf, results);
    }
}
