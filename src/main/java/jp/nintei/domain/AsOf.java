package jp.nintei.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.Duration;

/**
 * The moment the progress is measured at: instant T, and D, the date of T in T's own offset or zone.
 * Rolling windows are instants in (T − days, T] and dates in (D − days, D].
 */
public record AsOf(Instant instant, LocalDate date) {

    public static AsOf of(ZonedDateTime time) {
        return new AsOf(time.toInstant(), time.toLocalDate());
    }

    public static AsOf of(OffsetDateTime time) {
        return new AsOf(time.toInstant(), time.toLocalDate());
    }

    /** True when {@code t} is in (T − days, T]. */
    public boolean inWindow(Instant t, int days) {
        return t.isAfter(instant.minus(Duration.ofDays(days))) && !t.isAfter(instant);
    }

    /** True when {@code d} is in (D − days, D]. */
    public boolean inWindow(LocalDate d, int days) {
        return d.isAfter(date.minusDays(days)) && !d.isAfter(date);
    }

    /** The instant just before a window of {@code days} days: the window is (this, T]. */
    public Instant instantBefore(int days) {
        return instant.minus(Duration.ofDays(days));
    }

    /** The day just before a window of {@code days} days: the window is (this, D]. */
    public LocalDate dayBefore(int days) {
        return date.minusDays(days);
    }

    /** The first day inside a window of {@code days} days. */
    public LocalDate windowStart(int days) {
        return date.minusDays(days - 1L);
    }
}
