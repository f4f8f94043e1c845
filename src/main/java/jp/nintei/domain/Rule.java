package jp.nintei.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One requirement of a certification program, as data.
 *
 * @param requirement  the id shown in summaries, e.g. {@code reply_rate}
 * @param threshold    the value to reach (a rate as 0.80, an average as 4.8, a count); null where the user supplies
 *                     it (the earnings cutoff)
 * @param windowDays   the rolling window the metric looks at
 * @param minimumCount how many counted items the metric needs before it can be met
 * @param parameters   metric-specific settings, e.g. {@code on_time_within=PT24H}; and what the profile file says
 *                     of the rule: {@code window_months} (a window of calendar months instead of days),
 *                     {@code window_all} (all time), {@code label.en} / {@code label.ja}, {@code valid_from},
 *                     {@code source}, {@code checked}
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

    /**
     * The day just before the all-time window: two days before the first date Nintei keeps, so that every row is in it
     * — dates from {@link Values#FIRST_DATE}, and instants from {@link Values#FIRST_INSTANT} whatever T's offset.
     */
    static final LocalDate BEFORE_ALL = Values.FIRST_DATE.minusDays(2);

    /** How many days the window spans at {@code asOf}: fixed days, calendar months back from D, or all time. */
    public int days(AsOf asOf) {
        if (parameters.containsKey("window_all")) {
            return (int) ChronoUnit.DAYS.between(BEFORE_ALL, asOf.date());
        }
        String months = parameters.get("window_months");
        if (months != null) {
            return (int) ChronoUnit.DAYS.between(asOf.date().minusMonths(Integer.parseInt(months)),
                    asOf.date());
        }
        return windowDays;
    }

    /** The window's instants are (this, T]. */
    public Instant instantBefore(AsOf asOf) {
        return asOf.instantBefore(days(asOf));
    }

    /** The window's days are (this, D]. */
    public LocalDate dayBefore(AsOf asOf) {
        return asOf.dayBefore(days(asOf));
    }

    /** The rule's own name in {@code language} ({@code en}, {@code ja}), when its profile gives one. */
    public Optional<String> label(String language) {
        return Optional.ofNullable(parameters.get("label." + language));
    }

    /** Where this rule comes from, in {@code language} (else in English, else as given). */
    public Optional<String> source(String language) {
        return Optional.ofNullable(parameters.getOrDefault("source." + language,
                parameters.getOrDefault("source.en", parameters.get("source"))));
    }

    /** For a value the user enters: what kind of value it is (a count unless the profile says). */
    public Optional<EnteredKind> enteredKind() {
        if (metric != Metric.ENTERED) {
            return Optional.empty();
        }
        return Optional.of(EnteredKind.fromCode(parameters.getOrDefault("kind", "count"))
                .orElse(EnteredKind.COUNT));
    }

    /** The checks a rule counts: its {@code checks} parameter ({@code identity,phone,nda}), all three by default. */
    public List<String> checks() {
        List<String> checks = new ArrayList<>(3);
        for (String check : parameters.getOrDefault("checks", "identity,phone,nda").split(",")) {
            if (!check.isBlank()) {
                checks.add(check.strip()); // a plain loop: a history asks this once a point, 376,200 times
            }
        }
        return List.copyOf(checks);
    }

    /** How the window reaches back: a number of days, of calendar months, or all time. */
    public enum WindowKind { DAYS, MONTHS, ALL }

    public WindowKind windowKind() {
        return parameters.containsKey("window_all") ? WindowKind.ALL
                : parameters.containsKey("window_months") ? WindowKind.MONTHS : WindowKind.DAYS;
    }

    /** The number of days or of months back (nothing for all time). */
    public int windowLength() {
        return switch (windowKind()) {
            case ALL -> 0;
            case MONTHS -> Integer.parseInt(parameters.get("window_months"));
            case DAYS -> windowDays;
        };
    }

    /** Whether the rule looks at a window of the logbook at all (checks and entered values do not). */
    public boolean hasWindow() {
        return metric != Metric.CHECKS_DONE && metric != Metric.ENTERED;
    }

    public Duration duration(String key, Duration fallback) {
        String value = parameters.get(key);
        return value == null ? fallback : Duration.parse(value);
    }
}
