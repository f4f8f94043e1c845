package jp.nintei.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One requirement of a certification program, as data.
 *
 * @param requirement  the id shown in summaries, e.g. {@code reply_rate}
 * @param threshold    the value to reach (a rate as 0.80, an average as 4.8, a count); null where the user supplies
 *                     it (the earnings cutoff)
 * @param windowDays   the rolling window the metric looks at
 * @param minimumCount how many counted items the metric needs before it can be met
 * @param parameters   metric-specific settings, e.g. {@code on_time_within=PT24H}
 */
public record Rule(String requirement, Metric metric, BigDecimal threshold, int windowDays, int minimumCount,
                   Map<String, String> parameters) {

    public Rule {
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(metric, "metric");
        parameters = Map.copyOf(parameters);
        if (windowDays < 1) {
            throw new IllegalArgumentException("windowDays must be positive");
        }
    }

    public Duration duration(String key, Duration fallback) {
        String value = parameters.get(key);
        return value == null ? fallback : Duration.parse(value);
    }
}
