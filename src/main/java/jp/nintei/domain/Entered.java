package jp.nintei.domain;

import java.math.BigDecimal;

/**
 * A requirement the logbook cannot compute (a platform's monthly ranking, scouts received, a communication score):
 * the value the user entered ({@code nintei set entered.ID VALUE}, or Settings), against the rule's threshold.
 */
final class Entered {

    private Entered() {
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        BigDecimal value = facts.settings().entered().get(rule.requirement());
        BigDecimal target = rule.threshold();
        if (value == null) {
            return new RequirementResult(rule.requirement(), RequirementResult.Kind.ENTERED, null, target, false, null,
                    null, 0);
        }
        boolean met = value.compareTo(target) >= 0;
        return new RequirementResult(rule.requirement(), RequirementResult.Kind.ENTERED, value, target, met,
                met ? BigDecimal.ZERO : target.subtract(value), met ? value.subtract(target) : null, 1);
    }
}
