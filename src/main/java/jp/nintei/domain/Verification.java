package jp.nintei.domain;

import java.math.BigDecimal;

/** Identity, phone and NDA checks: how many are done of the three. */
final class Verification {

    private Verification() {
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        int done = facts.settings().checksDone();
        BigDecimal value = BigDecimal.valueOf(done);
        BigDecimal target = rule.threshold();
        boolean met = value.compareTo(target) >= 0;
        return new RequirementResult(rule.requirement(), RequirementResult.Kind.COUNT, value, target, met,
                met ? BigDecimal.ZERO : target.subtract(value), null, done);
    }
}
