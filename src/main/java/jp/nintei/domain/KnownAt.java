package jp.nintei.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The logbook as it was known at T: what the next review will see if nothing more happens. Messages received after
 * T are not there and replies sent after T are not sent; jobs ordered after T's date are not there and jobs closed
 * after it are still open; reviews given after it are not there. Settings are as they are.
 */
public final class KnownAt implements Facts {

    private final Facts facts;
    private final Instant t;
    private final LocalDate d;

    public KnownAt(Facts facts, AsOf t) {
        this.facts = facts;
        this.t = t.instant();
        this.d = t.date();
    }

    @Override
    public Settings settings() {
        return facts.settings();
    }

    @Override
    public Tally replies(Instant after, Instant asOf, Duration onTimeWithin) {
        Instant upTo = asOf.isAfter(t) ? t : asOf;
        return after.isBefore(upTo) ? facts.replies(after, upTo, onTimeWithin) : Tally.ZERO;
    }

    @Override
    public Tally closedJobs(LocalDate after, LocalDate asOf) {
        LocalDate upTo = asOf.isAfter(d) ? d : asOf;
        return after.isBefore(upTo) ? facts.closedJobs(after, upTo) : Tally.ZERO;
    }

    @Override
    public Tally earnings(LocalDate after, LocalDate asOf, String category) {
        LocalDate upTo = asOf.isAfter(d) ? d : asOf;
        return after.isBefore(upTo) ? facts.earnings(after, upTo, category) : Tally.ZERO;
    }

    @Override
    public Map<ReviewRating, Long> ratings(LocalDate after, LocalDate asOf) {
        LocalDate upTo = asOf.isAfter(d) ? d : asOf;
        return after.isBefore(upTo) ? facts.ratings(after, upTo) : Map.of();
    }
}
