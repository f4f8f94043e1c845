package jp.nintei.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import jp.nintei.domain.Facts;
import jp.nintei.domain.ReviewRating;
import jp.nintei.domain.Settings;
import java.util.Optional;
import jp.nintei.domain.Logbook;

/**
 * The engine's facts from the per-day totals of {@link Totals}: a window is a sum over at most 366 days, plus an exact
 * look at the rows of its two edge days (an instant window does not start at midnight) and at the few rows whose reply
 * or close comes after the as-of. The answers equal {@link Logbook}'s walk over every row.
 */
final class DailyTotals implements Facts {

    private static final Duration BUCKETED_ON_TIME = Duration.ofSeconds(Totals.ON_TIME_SECONDS);

    /** Prepares (once) a statement of the connection the totals are read on. */
    @FunctionalInterface
    interface Statements {
        PreparedStatement prepared(String sql) throws SQLException;
    }

    private final Statements statements;
    private final Settings settings;

    DailyTotals(Statements statements, Settings settings) {
        this.statements = statements;
        this.settings = settings;
    }

    @Override
    public Settings settings() {
        return settings;
    }

    @Override
    public Tally replies(Instant after, Instant asOf, Duration onTimeWithin) {
        // Stored times are whole seconds: for them, x > a ⇔ x > floor(a) and x ≤ a ⇔ x ≤ floor(a).
        Instant lo = after.truncatedTo(ChronoUnit.SECONDS);
        Instant hi = asOf.truncatedTo(ChronoUnit.SECONDS);
        if (!hi.isAfter(lo) || span(MESSAGES_RECEIVED)
                .holdsNothingIn(lo.toString(), hi.toString())) {
            return Tally.ZERO;
        }
        if (!onTimeWithin.equals(BUCKETED_ON_TIME)) {
            return replyRows(lo, hi, hi, onTimeWithin); // a rule the totals were not kept for: count the rows
        }
        LocalDate firstDay = utcDate(lo);
        LocalDate lastDay = utcDate(hi);
        if (!lastDay.isAfter(firstDay.plusDays(1))) {
            return replyRows(lo, hi, hi, onTimeWithin);
        }
        Instant inner = firstDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant last = lastDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Tally edges = replyRows(lo, inner.minusSeconds(1), hi, onTimeWithin)
                .plus(replyRows(last.minusSeconds(1), hi, hi, onTimeWithin));
        Tally days = query("SELECT coalesce(sum(on_time), 0), coalesce(sum(replies), 0) FROM message_day "
                + "WHERE day > ? AND day < ?", firstDay.toString(), lastDay.toString());
        if (days.count() == 0) {
            return edges; // a reply not sent yet is one the days count: none, none to take back
        }
        // the days count every reply; those sent after the as-of are not sent yet
        Tally notYetSent;
        Instant since = hi.minusSeconds(maxReplyDelay());
        if (since.isAfter(inner) && latestReply().isAfter(hi.plusSeconds(maxReplyDelay()))) {
            // an as-of far back: the replies after it are to messages received at most the longest delay before it
            notYetSent = query("SELECT coalesce(sum(" + Totals.onTime("message") + "), 0), count(*) FROM message "
                    + "WHERE received_at >= ? AND received_at < ? AND replied_at > ? AND no_reply_needed = 0",
                    since.toString(), last.toString(), hi.toString());
        } else {
            notYetSent = query("SELECT coalesce(sum(" + Totals.onTime("message") + "), 0), count(*) FROM message "
                    + "WHERE replied_at IS NOT NULL AND replied_at > ? AND +received_at >= ? AND +received_at < ? "
                    + "AND no_reply_needed = 0", // the unary + steers SQLite to the few rows replied after the as-of
                    hi.toString(), inner.toString(), last.toString());
        }
        return edges.plus(days).minus(notYetSent);
    }

    private Long maxDelay;
    private Instant latest;

    /** Seconds: no reply in the logbook came later than this after its message (migration 3 keeps it). */
    private long maxReplyDelay() {
        if (maxDelay == null) {
            maxDelay = query("SELECT max_delay, 0 FROM reply_bound").hits();
        }
        return maxDelay;
    }

    /** The latest reply in the logbook (from the replied_at index). */
    private Instant latestReply() {
        if (latest == null) {
            latest = queryText("SELECT max(replied_at) FROM message WHERE replied_at IS NOT NULL")
                    .map(Instant::parse).orElse(Instant.EPOCH);
        }
        return latest;
    }

    /** Replies by {@code repliedBy} to messages received in (lo, hi], counted row by row. */
    private Tally replyRows(Instant lo, Instant hi, Instant repliedBy, Duration onTimeWithin) {
        return query("SELECT coalesce(sum(unixepoch(replied_at) - unixepoch(received_at) <= ?), 0), count(*) "
                + "FROM message WHERE received_at > ? AND received_at <= ? AND replied_at IS NOT NULL "
                + "AND replied_at <= ? AND no_reply_needed = 0",
                onTimeWithin.getSeconds(), lo.toString(), hi.toString(), repliedBy.toString());
    }

    @Override
    public Tally closedJobs(LocalDate after, LocalDate asOf) {
        if (!asOf.isAfter(after) || span(JOBS_ORDERED)
                .holdsNothingIn(after.toString(), asOf.toString())) {
            return Tally.ZERO;
        }
        Tally days = query("SELECT coalesce(sum(completed), 0), coalesce(sum(closed), 0) FROM job_day "
                + "WHERE day > ? AND day <= ?", after.toString(), asOf.toString());
        // the days count every closed job; one closed after the as-of is still open then. Those are found from the
        // smaller side: the jobs closed after the as-of (few, now), or the jobs ordered in the window (few, long ago,
        // when nearly every job closed later). The jobs ordered after the as-of — each closed after it too — say
        // how many the first side has at least.
        if (days.count() == 0) {
            return days; // a job still open at the as-of is one the days count: none closed, none to take back
        }
        long closedLater = query("SELECT coalesce(sum(closed), 0), 0 FROM job_day WHERE day > ?", asOf.toString())
                .hits();
        // A third side, when both are large (an as-of in the middle of years of jobs, as every point of a history
        // is): a job closed after the as-of was ordered at most the longest job's days before it.
        LocalDate recent = Math.min(days.count(), closedLater) >= MANY_JOBS && ++manyJobsCalls > 1
                ? asOf.minusDays(longestJobDays()) : after;
        String stillOpenSql = recent.isAfter(after) || days.count() < closedLater
                ? "SELECT coalesce(sum(status = 'completed'), 0), count(*) FROM job WHERE +closed_on > ? "
                        + "AND ordered_on > ? AND ordered_on <= ? AND excluded = 0"
                : "SELECT coalesce(sum(status = 'completed'), 0), count(*) FROM job WHERE closed_on > ? "
                        + "AND +ordered_on > ? AND +ordered_on <= ? AND excluded = 0";
        Tally stillOpen = query(stillOpenSql, asOf.toString(), (recent.isAfter(after) ? recent : after).toString(),
                asOf.toString());
        return days.minus(stillOpen);
    }

    /** Both sides of a still-open search at least this large: worth reading the longest job once. */
    private static final long MANY_JOBS = 256;
    /**
     * Still-open searches with both sides large, on this read. The longest job is read (a pass over every job) from the
     * second on: one measure as of a past day does without it, a history of many such days reads it once.
     */
    private int manyJobsCalls;
    private Long longestJob;

    /** Days: no closed job in the logbook took longer than this from its order to its close. */
    private long longestJobDays() {
        if (longestJob == null) {
            longestJob = query("SELECT coalesce(max(CAST(julianday(closed_on) - julianday(ordered_on) AS INTEGER)), 0), "
                    + "0 FROM job WHERE closed_on IS NOT NULL").hits();
        }
        return longestJob;
    }

    @Override
    public Tally earnings(LocalDate after, LocalDate asOf, String category) {
        if (!asOf.isAfter(after) || span(EARNING_DAYS)
                .holdsNothingIn(after.toString(), asOf.toString())) {
            return Tally.ZERO;
        }
        String sql = "SELECT coalesce(sum(yen), 0), coalesce(sum(jobs), 0) FROM earning_day WHERE day > ? AND day <= ?";
        return category.isEmpty() ? query(sql, after.toString(), asOf.toString())
                : query(sql + " AND category = ?", after.toString(), asOf.toString(), category);
    }

    @Override
    public Map<ReviewRating, Long> ratings(LocalDate after, LocalDate asOf) {
        Map<ReviewRating, Long> counts = new EnumMap<>(ReviewRating.class);
        if (span(REVIEW_DAYS).holdsNothingIn(after.toString(), asOf.toString())) {
            return counts;
        }
        try {
            PreparedStatement st = statements.prepared(
                    "SELECT rating, sum(reviews) FROM review_day WHERE day > ? AND day <= ? GROUP BY rating");
            st.setString(1, after.toString());
            st.setString(2, asOf.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ReviewRating rating = ReviewRating.fromCode(rs.getString(1)).orElseThrow(() ->
                            StoreException.of("unknownRating"));
                    if (rs.getLong(2) != 0) {
                        counts.put(rating, rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw StoreException.of(e, "readFailed", e.getMessage());
        }
        return counts;
    }

    /**
     * The first and last value of a column, as stored: a window (after, upTo] outside them holds no row. Read once per
     * read (the two ends of an index): a history's points before the first row and after the last — most of them,
     * over 1970–2999 — then ask the store nothing.
     */
    private record Span(String first, String last) {
        boolean holdsNothingIn(String after, String upTo) {
            return first == null || last.compareTo(after) <= 0 || first.compareTo(upTo) > 0;
        }
    }

    private final Map<String, Span> spans = new HashMap<>();

    static final String MESSAGES_RECEIVED = spanSql("message", "received_at");
    static final String JOBS_ORDERED = spanSql("job", "ordered_on");
    static final String EARNING_DAYS = spanSql("earning_day", "day");
    static final String REVIEW_DAYS = spanSql("review_day", "day");

    /**
     * Each end on its own: SQLite reads a min() or a max() alone from an index's end, but both in one select from every
     * row (a recompute took 150 ms instead of 2 on the big logbook; {@code DailyTotalsPlanTest}).
     */
    private static String spanSql(String table, String column) {
        return "SELECT (SELECT min(" + column + ") FROM " + table + "), (SELECT max(" + column + ") FROM " + table + ")";
    }

    private Span span(String sql) {
        Span span = spans.get(sql);
        if (span == null) {
            try (ResultSet rs = statements.prepared(sql).executeQuery()) {
                rs.next();
                span = new Span(rs.getString(1), rs.getString(2));
            } catch (SQLException e) {
                throw StoreException.of(e, "readFailed", e.getMessage());
            }
            spans.put(sql, span);
        }
        return span;
    }

    private static LocalDate utcDate(Instant t) {
        return LocalDate.ofInstant(t, ZoneOffset.UTC);
    }

    private Optional<String> queryText(String sql) {
        try {
            PreparedStatement st = statements.prepared(sql);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw StoreException.of(e, "readFailed", e.getMessage());
        }
    }

    private Tally query(String sql, Object... args) {
        try {
            PreparedStatement st = statements.prepared(sql);
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return new Tally(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw StoreException.of(e, "readFailed", e.getMessage());
        }
    }
}
