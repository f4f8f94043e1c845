package jp.nintei.domain;

import java.math.BigDecimal;
import java.util.List;

/** Identity, phone and NDA checks: how many are done of the three. */
final class Verification {

    private Verification() {
    }

    static List<String> checks(Rule rule) {
        return rule.checks();
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        Settings s = facts.settings();
        int done = 0;
        for (String check : checks(rule)) {
            done += switch (check) {
                case "identity" -> s.identityVerified() ? 1 : 0;
                case "phone" -> s.phoneVerified() ? 1 : 0;
                case "nda" -> s.ndaSigned() ? 1 : 0;
                default -> throw new IllegalArgumentException("unknown check " + check);
            };
        }
        BigDecimal value = BigDecimal.valueOf(done);
        BigDecimal target = rule.threshold();
        boolean met = value.compareTo(target) >= 0;
        return new RequirementResult(rule.requirement(), RequirementResult.Kind.COUNT, value, target, met,
                met ? BigDecimal.ZERO : target.subtract(value), null, done);
    }
}
