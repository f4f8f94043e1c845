package jp.nintei.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Changes the user tries before they happen, as if they happened at T: replies sent (on time or late), reviews given,
 * open jobs completed or cancelled, yen earned. Nothing is written: {@link #on} answers the engine's questions with
 * the logbook's facts plus these.
 *
 * @param onTimeReplies further replies within the deadline
 * @param lateReplies   further replies after it
 * @param reviews       further reviews, by rating
 * @param completed     open jobs that would be completed (with their amount)
 * @param cancelled     open jobs that would be cancelled
 * @param yen           further earnings (a completed job of this amount, in the earnings category)
 */
public record WhatIf(int onTimeReplies, int lateReplies, Map<ReviewRating, Integer> reviews, List<Job> completed,
                     List<Job> cancelled, long yen) {

    public static final WhatIf NOTHING = new WhatIf(0, 0, Map.of(), List.of(), List.of(), 0);

    public WhatIf {
        reviews = Map.copyOf(reviews);
        completed = List.copyOf(completed);
        cancelled = List.copyOf(cancelled);
        if (onTimeReplies < 0 || lateReplies < 0 || yen < 0 || reviews.values().stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("what-if counts cannot be negative");
        }
    }

    public boolean isNothing() {
        return equals(NOTHING);
    }

    /** {@code facts} with these changes made at {@code t}. */
    public Facts on(Facts facts, AsOf t) {
        return new Facts() {
            @Override
            public Settings settings() {
                return facts.settings();
            }

            private boolean counts(Instant after, Instant asOf) {
                return t.instant().isAfter(after) && !t.instant().isAfter(asOf);
            }

            private boolean counts(LocalDate after, LocalDate asOf) {
                return t.date().isAfter(after) && !t.date().isAfter(asOf);
            }

            @Override
            public Tally replies(Instant after, Instant asOf, Duration onTimeWithin) {
                Tally real = facts.replies(after, asOf, onTimeWithin);
                return counts(after, asOf) ? real.plus(new Tally(onTimeReplies, onTimeReplies + lateReplies)) : real;
            }

            @Override
            public Tally closedJobs(LocalDate after, LocalDate asOf) {
                Tally real = facts.closedJobs(after, asOf);
                if (t.date().isAfter(asOf)) {
                    return real; // closed at T: not yet closed before it
                }
                long done = completed.stream().filter(j -> orderedIn(j, after, asOf)).count();
                long dropped = cancelled.stream().filter(j -> orderedIn(j, after, asOf)).count();
                return real.plus(new Tally(done, done + dropped));
            }

            private boolean orderedIn(Job j, LocalDate after, LocalDate asOf) {
                return !j.excluded() && j.orderedOn().isAfter(after) && !j.orderedOn().isAfter(asOf);
            }

            @Override
            public Tally earnings(LocalDate after, LocalDate asOf, String category) {
                Tally real = facts.earnings(after, asOf, category);
                if (!counts(after, asOf)) {
                    return real;
                }
                long jobs = yen > 0 ? 1 : 0;
                long sum = yen;
                for (Job j : completed) {
                    if (j.amountJpy() != null && (category.isEmpty() || category.equals(j.category()))) {
                        jobs++;
                        sum += j.amountJpy();
                    }
                }
                return real.plus(new Tally(sum, jobs));
            }

            @Override
            public Map<ReviewRating, Long> ratings(LocalDate after, LocalDate asOf) {
                Map<ReviewRating, Long> real = facts.ratings(after, asOf);
                if (!counts(after, asOf) || reviews.isEmpty()) {
                    return real;
                }
                Map<ReviewRating, Long> more = new EnumMap<>(ReviewRating.class);
                more.putAll(real);
                reviews.forEach((rating, n) -> more.merge(rating, (long) n, Long::sum));
                return more;
            }
        };
    }
}
