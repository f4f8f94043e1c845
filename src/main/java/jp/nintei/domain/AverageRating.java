package jp.nintei.domain;

import java.math.BigDecimal;

/**
 * Client rating: the mean of the star ratings given in the window. Satisfied / unsatisfied reviews are not
 * stars and do not count here.
 */
final class AverageRating {

    private static final BigDecimal BEST = BigDecimal.valueOf(5);
    private static final BigDecimal WORST = BigDecimal.ONE;

    private AverageRating() {
    }

    static RequirementResult evaluate(Rule rule, Logbook logbook, AsOf asOf) {
        int count = 0;
        long stars = 0;
        for (Review review : logbook.reviews()) {
            if (review.rating().stars().isEmpty() || !asOf.inWindow(review.ratedOn(), rule.windowDays())) {
                continue;
            }
            count++;
            stars += review.rating().stars().getAsInt();
        }
        BigDecimal sum = BigDecimal.valueOf(stars);
        BigDecimal threshold = rule.threshold();
        return new RequirementResult(rule.requirement(), RequirementResult.Kind.AVERAGE,
                Shortfall.mean(sum, count), threshold,
                Shortfall.met(sum, count, threshold, rule.minimumCount()),
                Shortfall.needed(sum, count, threshold, BEST, rule.minimumCount()),
                Shortfall.margin(sum, count, threshold, WORST, rule.minimumCount()),
                count);
    }
}
