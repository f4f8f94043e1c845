package jp.nintei.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-day totals the engine reads instead of the rows (see {@link DailyTotals}), and the triggers that keep them
 * current: SQLite updates them inside the transaction of every insert, update and delete, whoever writes — a form, an
 * import, a restore or a migration — so they cannot drift from the rows.
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

    /** The statements of the migration that introduces the totals, filling them from the rows already there. */
    static List<String> migration() {
        List<String> sql = new ArrayList<>(List.of(
                "CREATE TABLE message_day (day TEXT PRIMARY KEY, replies INTEGER NOT NULL, on_time INTEGER NOT NULL) "
                        + "WITHOUT ROWID",
                "CREATE TABLE job_day (day TEXT PRIMARY KEY, closed INTEGER NOT NULL, completed INTEGER NOT NULL) "
                        + "WITHOUT ROWID",
                "CREATE TABLE earning_day (day TEXT NOT NULL, category TEXT NOT NULL, jobs INTEGER NOT NULL, "
                        + "yen INTEGER NOT NULL, PRIMARY KEY (day, category)) WITHOUT ROWID",
                "CREATE TABLE review_day (day TEXT NOT NULL, rating TEXT NOT NULL, reviews INTEGER NOT NULL, "
                        + "PRIMARY KEY (day, rating)) WITHOUT ROWID",
                // holds a row only inside a bulk insert's transaction, which adds its totals once at the end
                "CREATE TABLE bulk_insert (active INTEGER PRIMARY KEY)",
                // the edges of a window and the few rows whose reply or close comes after the as-of
                "CREATE INDEX message_replied ON message (replied_at) WHERE replied_at IS NOT NULL",
                "CREATE INDEX message_waiting ON message (received_at) WHERE replied_at IS NULL AND no_reply_needed = 0",
                "CREATE INDEX job_closed ON job (closed_on)",
                "CREATE INDEX job_ordered ON job (ordered_on)",
                "CREATE INDEX review_rated ON review (rated_on)",
                "INSERT INTO message_day SELECT substr(received_at, 1, 10), count(*), sum(" + onTime("message") + ") "
                        + "FROM message WHERE " + replyCounts("message") + " GROUP BY 1",
                "INSERT INTO job_day SELECT ordered_on, count(*), sum(status = 'completed') FROM job WHERE "
                        + closedCounts("job") + " GROUP BY 1",
                "INSERT INTO earning_day SELECT closed_on, category, count(*), sum(amount_jpy) FROM job WHERE "
                        + earns("job") + " GROUP BY 1, 2",
                "INSERT INTO review_day SELECT rated_on, rating, count(*) FROM review GROUP BY 1, 2"));
        sql.addAll(triggers("message", addMessage("NEW"), removeMessage("OLD")));
        sql.addAll(triggers("job", addJob("NEW"), removeJob("OLD")));
        sql.addAll(triggers("review", addReview("NEW"), removeReview("OLD")));
        return sql;
    }

    /**
     * Migration 3: an upper bound of the longest reply delay, kept by triggers (it only grows). With it the replies
     * sent after an as-of far in the past are found among the few messages received shortly before it, instead of
     * among every reply since: a year of history points reads a few days of rows per point.
     */
    static List<String> replyBound() {
        String delay = "unixepoch(%1$s.replied_at) - unixepoch(%1$s.received_at)";
        String grow = "UPDATE reply_bound SET max_delay = max(max_delay, " + String.format(delay, "NEW") + ");";
        return List.of(
                "CREATE TABLE reply_bound (id INTEGER PRIMARY KEY CHECK (id = 1), max_delay INTEGER NOT NULL)",
                "INSERT INTO reply_bound VALUES (1, coalesce((SELECT max(" + String.format(delay, "message")
                        + ") FROM message WHERE replied_at IS NOT NULL), 0))",
                "CREATE TRIGGER message_bound_insert AFTER INSERT ON message WHEN NEW.replied_at IS NOT NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN " + grow + " END",
                "CREATE TRIGGER message_bound_update AFTER UPDATE OF received_at, replied_at ON message "
                        + "WHEN NEW.replied_at IS NOT NULL BEGIN " + grow + " END");
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

    private static List<String> triggers(String table, String addNew, String removeOld) {
        return List.of(
                "CREATE TRIGGER " + table + "_totals_insert AFTER INSERT ON " + table
                        + " WHEN NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN " + addNew + " END",
                "CREATE TRIGGER " + table + "_totals_delete AFTER DELETE ON " + table + " BEGIN " + removeOld + " END",
                "CREATE TRIGGER " + table + "_totals_update AFTER UPDATE ON " + table + " BEGIN " + removeOld + " "
                        + addNew + " END");
    }

    private static String addMessage(String r) {
        return "INSERT INTO message_day (day, replies, on_time) SELECT substr(" + r + ".received_at, 1, 10), 1, "
                + onTime(r) + " WHERE " + replyCounts(r) + " ON CONFLICT (day) DO UPDATE SET "
                + "replies = replies + 1, on_time = on_time + excluded.on_time;";
    }

    private static String removeMessage(String r) {
        return "UPDATE message_day SET replies = replies - 1, on_time = on_time - " + onTime(r)
                + " WHERE day = substr(" + r + ".received_at, 1, 10) AND " + replyCounts(r) + ";";
    }

    private static String addJob(String r) {
        return "INSERT INTO job_day (day, closed, completed) SELECT " + r + ".ordered_on, 1, " + r
                + ".status = 'completed' WHERE " + closedCounts(r) + " ON CONFLICT (day) DO UPDATE SET "
                + "closed = closed + 1, completed = completed + excluded.completed; "
                + "INSERT INTO earning_day (day, category, jobs, yen) SELECT " + r + ".closed_on, " + r + ".category, 1, "
                + r + ".amount_jpy WHERE " + earns(r) + " ON CONFLICT (day, category) DO UPDATE SET "
                + "jobs = jobs + 1, yen = yen + excluded.yen;";
    }

    private static String removeJob(String r) {
        return "UPDATE job_day SET closed = closed - 1, completed = completed - (" + r + ".status = 'completed') "
                + "WHERE day = " + r + ".ordered_on AND " + closedCounts(r) + "; "
                + "UPDATE earning_day SET jobs = jobs - 1, yen = yen - " + r + ".amount_jpy WHERE day = " + r
                + ".closed_on AND category = " + r + ".category AND " + earns(r) + ";";
    }

    private static String addReview(String r) {
        return "INSERT INTO review_day (day, rating, reviews) VALUES (" + r + ".rated_on, " + r + ".rating, 1) "
                + "ON CONFLICT (day, rating) DO UPDATE SET reviews = reviews + 1;";
    }

    private static String removeReview(String r) {
        return "UPDATE review_day SET reviews = reviews - 1 WHERE day = " + r + ".rated_on AND rating = " + r
                + ".rating;";
    }
}
