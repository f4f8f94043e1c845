package jp.nintei.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the engine needs to know of a logbook: counts over a window. Two sources answer the same questions: a
 * {@link Logbook} by walking its rows (the reference, and what tests build), and the store's daily totals (what
 * the app and the CLI use, in time that does not grow with the logbook). They must always agree.
 */
public interface Facts {

    Settings settings();

    /**
     * Replies sent by {@code asOf} to messages received in {@code (after, asOf]}, not marked "no reply needed":
     * {@code hits} are those sent within {@code onTimeWithin} of the message (real elapsed time, inclusive).
     */
    Tally replies(Instant after, Instant asOf, Duration onTimeWithin);

    /**
     * Jobs ordered in {@code (after, asOf]}, closed by {@code asOf} and not excluded by support: {@code count}
     * closed, {@code hits} completed.
     */
    Tally closedJobs(LocalDate after, LocalDate asOf);

    /**
     * Completed jobs closed in {@code (after, asOf]} with an amount, in {@code category} (all when empty):
     * {@code count} jobs, {@code hits} their yen.
     */
    Tally earnings(LocalDate after, LocalDate asOf, String category);

    /** How many reviews of each rating were given in {@code (after, asOf]}; ratings with none may be absent. */
    Map<ReviewRating, Long> ratings(LocalDate after, LocalDate asOf);

    /** A count and how many of it hit (on time, completed) — or, for earnings, a count of jobs and their yen. */
    record Tally(long hits, long count) {
        public static final Tally ZERO = new Tally(0, 0);

        public Tally plus(Tally other) {
            return new Tally(Math.addExact(hits, other.hits), Math.addExact(count, other.count));
        }

        public Tally minus(Tally other) {
            return new Tally(hits - other.hits, count - other.count);
        }
    }
}
