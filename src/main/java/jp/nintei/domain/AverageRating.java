package jp.nintei.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Client rating: the mean of the star ratings given in the window. Satisfied / unsatisfied reviews are not
 * stars and do not count here.
 */
final class AverageRating {

    private static final BigDecimal BEST = BigDecimal.valueOf(5);
    private static final BigDecimal WORST = BigDecimal.ONE;

    private AverageRating() {
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        Facts.Tally stars = tally(rule, facts, asOf);
        return Shortfall.result(rule, RequirementResult.Kind.AVERAGE, stars.hits(), stars.count(), BEST, WORST);
    }

    /** The star reviews the rule counts: their stars in all (hits) and how many there are. */
    static Facts.Tally tally(Rule rule, Facts facts, AsOf asOf) {
        long count = 0;
        long stars = 0;
        for (Map.Entry<ReviewRating, Long> e : facts.ratings(rule.dayBefore(asOf), asOf.date()).entrySet()) {
            if (e.getKey().stars().isPresent()) {
                count += e.getValue();
                stars += e.getValue() * e.getKey().stars().getAsInt();
            }
        }
        return new Facts.Tally(stars, count);
    }
}
