package jp.nintei.store;

import java.util.List;

/**
 * The per-day totals the engine reads instead of the rows (see {@link DailyTotals}). Migration 2 made them and the
 * triggers that keep them current: SQLite updates them inside the transaction of every insert, update and delete,
 * whoever writes — a form, an import, a restore or a migration. A bulk insert quiets the row triggers and adds its
 * totals here, once. The deep check ({@link TotalsCheck}) recounts them from the rows.
 *
 * <ul>
 *   <li>{@code message_day}: by UTC date of receipt, the replies sent (not "no reply needed") and those sent within
 *       24 hours;</li>
 *   <li>{@code job_day}: by order date, jobs closed (completed or cancelled, not excluded) and completed;</li>
 *   <li>{@code earning_day}: by close date and category, completed jobs with an amount and their yen;</li>
 *   <li>{@code review_day}: by date and rating, the reviews.</li>
 * </ul>
 */
final class Totals {

    /** Seconds within which a reply is on time in {@code message_day.on_time}: Lancers' 24 hours. */
    static final long ON_TIME_SECONDS = 24 * 60 * 60;

    static final String ON_TIME = "(unixepoch(%1$s.replied_at) - unixepoch(%1$s.received_at) <= " + ON_TIME_SECONDS + ")";

    private Totals() {
    }

    static String onTime(String row) {
        return String.format(ON_TIME, row);
    }

    private static String replyCounts(String row) {
        return row + ".replied_at IS NOT NULL AND " + row + ".no_reply_needed = 0";
    }

    private static String closedCounts(String row) {
        return row + ".status <> 'in_progress' AND " + row + ".excluded = 0";
    }

    private static String earns(String row) {
        return row + ".status = 'completed' AND " + row + ".amount_jpy IS NOT NULL";
    }

    /**
     * The statements that add the totals of the rows of {@code table} with an id above {@code ?}, for a bulk insert
     * made while {@code bulk_insert} holds a row (its row triggers are then quiet).
     */
    static List<String> addRowsAbove(String table) {
        String rows = " FROM " + table + " r WHERE r.id > ? AND ";
        return switch (table) {
            case "message" -> List.of("INSERT INTO message_day (day, replies, on_time) SELECT substr(r.received_at, 1, 10), "
                    + "count(*), sum(" + onTime("r") + ")" + rows + replyCounts("r") + " GROUP BY 1 "
                    + "ON CONFLICT (day) DO UPDATE SET replies = replies + excluded.replies, "
                    + "on_time = on_time + excluded.on_time",
                    "UPDATE reply_bound SET max_delay = max(max_delay, coalesce((SELECT max(unixepoch(r.replied_at) - "
                    + "unixepoch(r.received_at))" + rows + "r.replied_at IS NOT NULL), 0))");
            case "job" -> List.of("INSERT INTO job_day (day, closed, completed) SELECT r.ordered_on, count(*), "
                    + "sum(r.status = 'completed')" + rows + closedCounts("r") + " GROUP BY 1 ON CONFLICT (day) "
                    + "DO UPDATE SET closed = closed + excluded.closed, completed = completed + excluded.completed",
                    "INSERT INTO earning_day (day, category, jobs, yen) SELECT r.closed_on, r.category, count(*), "
                    + "sum(r.amount_jpy)" + rows + earns("r") + " GROUP BY 1, 2 ON CONFLICT (day, category) "
                    + "DO UPDATE SET jobs = jobs + excluded.jobs, yen = yen + excluded.yen");
            case "review" -> List.of("INSERT INTO review_day (day, rating, reviews) SELECT r.rated_on, r.rating, "
                    + "count(*)" + rows + "1 GROUP BY 1, 2 ON CONFLICT (day, rating) "
                    + "DO UPDATE SET reviews = reviews + excluded.reviews");
            default -> throw new IllegalArgumentException(table);
        };
    }
}
