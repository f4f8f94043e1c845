package jp.nintei.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact "how many more" arithmetic for a mean of items against a threshold: a rate is the mean of items worth
 * 1 (on time, completed) or 0 (late, cancelled); an average rating the mean of 1..5 stars.
 */
final class Shortfall {

    /** Values are shown with four decimals, cut rather than rounded up, so a shown value at the target is met. */
    static final int SCALE = 4;

    private Shortfall() {
    }

    /** A share of items worth 1 (on time, completed) or 0 (late, cancelled) against the rule's threshold. */
    static RequirementResult rate(Rule rule, RequirementResult.Kind kind, long hits, long count) {
        return result(rule, kind, hits, count, BigDecimal.ONE, BigDecimal.ZERO);
    }

    /** A mean of {@code count} items summing to {@code sum}; further items are worth {@code best} .. {@code worst}. */
    static RequirementResult result(Rule rule, RequirementResult.Kind kind, long sum, long count, BigDecimal best,
                                    BigDecimal worst) {
        BigDecimal total = BigDecimal.valueOf(sum);
        BigDecimal threshold = rule.threshold();
        return new RequirementResult(rule.requirement(), kind, mean(total, count), threshold,
                met(total, count, threshold, rule.minimumCount()),
                needed(total, count, threshold, best, rule.minimumCount()),
                margin(total, count, threshold, worst, rule.minimumCount()),
                (int) Math.min(Integer.MAX_VALUE, count));
    }

    static BigDecimal mean(BigDecimal sum, long count) {
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.DOWN);
    }

    static boolean met(BigDecimal sum, long count, BigDecimal threshold, int minimumCount) {
        return count >= Math.max(1, minimumCount) && sum.compareTo(threshold.multiply(BigDecimal.valueOf(count))) >= 0;
    }

    /**
     * The smallest k ≥ 0 of further items worth {@code best} such that the mean reaches the threshold and the
     * count reaches the minimum; null when no number of items can reach it.
     */
    static BigDecimal needed(BigDecimal sum, long count, BigDecimal threshold, BigDecimal best, int minimumCount) {
        long floor = Math.max(0, Math.max(1, minimumCount) - count);
        BigDecimal deficit = threshold.multiply(BigDecimal.valueOf(count)).subtract(sum);
        if (deficit.signum() <= 0) {
            return BigDecimal.valueOf(floor);
        }
        BigDecimal gain = best.subtract(threshold);
        if (gain.signum() <= 0) {
            return null;
        }
        BigDecimal k = deficit.divide(gain, 0, RoundingMode.CEILING);
        return k.max(BigDecimal.valueOf(floor));
    }

    /**
     * When met, the largest j of further items worth {@code worst} after which the mean still holds; null when not
     * met or when no number of such items could break it.
     */
    static BigDecimal margin(BigDecimal sum, long count, BigDecimal threshold, BigDecimal worst, int minimumCount) {
        if (!met(sum, count, threshold, minimumCount)) {
            return null;
        }
        BigDecimal loss = threshold.subtract(worst);
        if (loss.signum() <= 0) {
            return null;
        }
        BigDecimal surplus = sum.subtract(threshold.multiply(BigDecimal.valueOf(count)));
        return surplus.divide(loss, 0, RoundingMode.FLOOR);
    }
}
