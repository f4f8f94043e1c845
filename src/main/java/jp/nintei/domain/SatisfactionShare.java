package jp.nintei.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Lancers since February 2022: the share of 満足 (satisfied) among the reviews given in the window. Reviews kept as
 * stars count as Lancers converted them: 3–5 ★ as 満足, 1–2 ★ as 残念. Needed: the fewest further 満足 reviews.
 */
final class SatisfactionShare {

    private SatisfactionShare() {
    }

    static boolean satisfied(ReviewRating rating) {
        return rating == ReviewRating.SATISFIED || rating.stars().orElse(0) >= 3;
    }

    static RequirementResult evaluate(Rule rule, Facts facts, AsOf asOf) {
        Facts.Tally reviews = tally(rule, facts, asOf);
        return Shortfall.result(rule, RequirementResult.Kind.RATE, reviews.hits(), reviews.count(), BigDecimal.ONE,
                BigDecimal.ZERO);
    }

    /** The reviews the rule counts: 満足 (hits) of all. */
    static Facts.Tally tally(Rule rule, Facts facts, AsOf asOf) {
        long count = 0;
        long satisfied = 0;
        for (Map.Entry<ReviewRating, Long> e : facts.ratings(rule.dayBefore(asOf), asOf.date()).entrySet()) {
            count += e.getValue();
            if (satisfied(e.getKey())) {
                satisfied += e.getValue();
            }
        }
        return new Facts.Tally(satisfied, count);
    }
}
