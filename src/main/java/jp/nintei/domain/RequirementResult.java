package jp.nintei.domain;

import java.math.BigDecimal;

/**
 * One requirement measured.
 *
 * @param value  the current value (a rate 0..1, an average, yen or a count); null when nothing counts yet
 * @param target the value to reach; null when unknown (no earnings cutoff entered)
 * @param needed the smallest further amount that would meet it (on-time replies, completed jobs, yen, 5-star
 *               reviews, checks); null when it cannot be said (no cutoff) and 0 when met
 * @param margin when met, how much can go wrong before it is lost (late replies, cancellations, 1-star reviews,
 *               yen); null otherwise or when unbounded
 * @param basis  how many items the value was computed from (replies, closed jobs, reviews, jobs paid, checks)
 */
public record RequirementResult(String requirement, Kind kind, BigDecimal value, BigDecimal target, boolean met,
                                BigDecimal needed, BigDecimal margin, int basis) {

    /** How a value reads. */
    public enum Kind { RATE, AVERAGE, YEN, COUNT, ENTERED }
}
