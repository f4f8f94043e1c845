package jp.nintei.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema, as numbered migrations of literal SQL. Migration N brings a logbook from {@code PRAGMA user_version}
 * N−1 to N. A released migration is frozen text — never edit one, add the next; {@code MigrationsTest} fails when the
 * text of a released one changes, so logbooks made before and after a release always carry the same schema.
 */
final class Migrations {

    /** 'NNTE': marks a SQLite file as a Nintei logbook. */
    static final int APPLICATION_ID = 0x4E4E5445;

    /** 1: the logbook of issue #2. */
    private static final List<String> V1 = List.of("""
            CREATE TABLE job (
              id INTEGER PRIMARY KEY,
              title TEXT NOT NULL CHECK (length(title) > 0),
              client TEXT NOT NULL DEFAULT '',
              category TEXT NOT NULL DEFAULT '',
              ordered_on TEXT NOT NULL,
              status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'cancelled')),
              closed_on TEXT,
              amount_jpy INTEGER CHECK (amount_jpy IS NULL OR amount_jpy >= 0),
              excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
              note TEXT NOT NULL DEFAULT '',
              CHECK ((status = 'in_progress') = (closed_on IS NULL))
            )""", """
            CREATE TABLE message (
              id INTEGER PRIMARY KEY,
              client TEXT NOT NULL DEFAULT '',
              received_at TEXT NOT NULL,
              received_offset TEXT NOT NULL,
              replied_at TEXT,
              replied_offset TEXT,
              no_reply_needed INTEGER NOT NULL DEFAULT 0 CHECK (no_reply_needed IN (0, 1)),
              note TEXT NOT NULL DEFAULT '',
              CHECK (replied_at IS NULL OR replied_at >= received_at)
            )""",
            "CREATE INDEX message_received ON message (received_at, replied_at)",
            """
            CREATE TABLE review (
              id INTEGER PRIMARY KEY,
              client TEXT NOT NULL DEFAULT '',
              rated_on TEXT NOT NULL,
              rating TEXT NOT NULL
                CHECK (rating IN ('1', '2', '3', '4', '5', 'satisfied', 'unsatisfied')),
              comment TEXT NOT NULL DEFAULT ''
            )""", """
            CREATE TABLE setting (
              key TEXT PRIMARY KEY,
              value TEXT NOT NULL
            )""");

    /**
     * 2: per-day totals kept by triggers, so the engine reads at most a year of days, not every row; filled from the
     * rows already there ({@link Totals} reads them).
     */
    private static final List<String> V2 = List.of(
            "CREATE TABLE message_day (day TEXT PRIMARY KEY, replies INTEGER NOT NULL, on_time INTEGER "
                + "NOT NULL) WITHOUT ROWID",
            "CREATE TABLE job_day (day TEXT PRIMARY KEY, closed INTEGER NOT NULL, completed INTEGER NOT "
                + "NULL) WITHOUT ROWID",
            "CREATE TABLE earning_day (day TEXT NOT NULL, category TEXT NOT NULL, jobs INTEGER NOT NULL, "
                + "yen INTEGER NOT NULL, PRIMARY KEY (day, category)) WITHOUT ROWID",
            "CREATE TABLE review_day (day TEXT NOT NULL, rating TEXT NOT NULL, reviews INTEGER NOT NULL, "
                + "PRIMARY KEY (day, rating)) WITHOUT ROWID",
            "CREATE TABLE bulk_insert (active INTEGER PRIMARY KEY)",
            "CREATE INDEX message_replied ON message (replied_at) WHERE replied_at IS NOT NULL",
            "CREATE INDEX message_waiting ON message (received_at) WHERE replied_at IS NULL AND "
                + "no_reply_needed = 0",
            "CREATE INDEX job_closed ON job (closed_on)",
            "CREATE INDEX job_ordered ON job (ordered_on)",
            "CREATE INDEX review_rated ON review (rated_on)",
            "INSERT INTO message_day SELECT substr(received_at, 1, 10), count(*), "
                + "sum((unixepoch(message.replied_at) - unixepoch(message.received_at) <= 86400)) FROM message "
                + "WHERE message.replied_at IS NOT NULL AND message.no_reply_needed = 0 GROUP BY 1",
            "INSERT INTO job_day SELECT ordered_on, count(*), sum(status = 'completed') FROM job WHERE "
                + "job.status <> 'in_progress' AND job.excluded = 0 GROUP BY 1",
            "INSERT INTO earning_day SELECT closed_on, category, count(*), sum(amount_jpy) FROM job WHERE "
                + "job.status = 'completed' AND job.amount_jpy IS NOT NULL GROUP BY 1, 2",
            "INSERT INTO review_day SELECT rated_on, rating, count(*) FROM review GROUP BY 1, 2",
            "CREATE TRIGGER message_totals_insert AFTER INSERT ON message WHEN NOT EXISTS (SELECT 1 FROM "
                + "bulk_insert) BEGIN INSERT INTO message_day (day, replies, on_time) SELECT "
                + "substr(NEW.received_at, 1, 10), 1, (unixepoch(NEW.replied_at) - unixepoch(NEW.received_at) "
                + "<= 86400) WHERE NEW.replied_at IS NOT NULL AND NEW.no_reply_needed = 0 ON CONFLICT (day) DO "
                + "UPDATE SET replies = replies + 1, on_time = on_time + excluded.on_time; END",
            "CREATE TRIGGER message_totals_delete AFTER DELETE ON message BEGIN UPDATE message_day SET "
                + "replies = replies - 1, on_time = on_time - (unixepoch(OLD.replied_at) - "
                + "unixepoch(OLD.received_at) <= 86400) WHERE day = substr(OLD.received_at, 1, 10) AND "
                + "OLD.replied_at IS NOT NULL AND OLD.no_reply_needed = 0; END",
            "CREATE TRIGGER message_totals_update AFTER UPDATE ON message BEGIN UPDATE message_day SET "
                + "replies = replies - 1, on_time = on_time - (unixepoch(OLD.replied_at) - "
                + "unixepoch(OLD.received_at) <= 86400) WHERE day = substr(OLD.received_at, 1, 10) AND "
                + "OLD.replied_at IS NOT NULL AND OLD.no_reply_needed = 0; INSERT INTO message_day (day, "
                + "replies, on_time) SELECT substr(NEW.received_at, 1, 10), 1, (unixepoch(NEW.replied_at) - "
                + "unixepoch(NEW.received_at) <= 86400) WHERE NEW.replied_at IS NOT NULL AND "
                + "NEW.no_reply_needed = 0 ON CONFLICT (day) DO UPDATE SET replies = replies + 1, on_time = "
                + "on_time + excluded.on_time; END",
            "CREATE TRIGGER job_totals_insert AFTER INSERT ON job WHEN NOT EXISTS (SELECT 1 FROM "
                + "bulk_insert) BEGIN INSERT INTO job_day (day, closed, completed) SELECT NEW.ordered_on, 1, "
                + "NEW.status = 'completed' WHERE NEW.status <> 'in_progress' AND NEW.excluded = 0 ON CONFLICT "
                + "(day) DO UPDATE SET closed = closed + 1, completed = completed + excluded.completed; INSERT "
                + "INTO earning_day (day, category, jobs, yen) SELECT NEW.closed_on, NEW.category, 1, "
                + "NEW.amount_jpy WHERE NEW.status = 'completed' AND NEW.amount_jpy IS NOT NULL ON CONFLICT "
                + "(day, category) DO UPDATE SET jobs = jobs + 1, yen = yen + excluded.yen; END",
            "CREATE TRIGGER job_totals_delete AFTER DELETE ON job BEGIN UPDATE job_day SET closed = "
                + "closed - 1, completed = completed - (OLD.status = 'completed') WHERE day = OLD.ordered_on "
                + "AND OLD.status <> 'in_progress' AND OLD.excluded = 0; UPDATE earning_day SET jobs = jobs - "
                + "1, yen = yen - OLD.amount_jpy WHERE day = OLD.closed_on AND category = OLD.category AND "
                + "OLD.status = 'completed' AND OLD.amount_jpy IS NOT NULL; END",
            "CREATE TRIGGER job_totals_update AFTER UPDATE ON job BEGIN UPDATE job_day SET closed = "
                + "closed - 1, completed = completed - (OLD.status = 'completed') WHERE day = OLD.ordered_on "
                + "AND OLD.status <> 'in_progress' AND OLD.excluded = 0; UPDATE earning_day SET jobs = jobs - "
                + "1, yen = yen - OLD.amount_jpy WHERE day = OLD.closed_on AND category = OLD.category AND "
                + "OLD.status = 'completed' AND OLD.amount_jpy IS NOT NULL; INSERT INTO job_day (day, closed, "
                + "completed) SELECT NEW.ordered_on, 1, NEW.status = 'completed' WHERE NEW.status <> "
                + "'in_progress' AND NEW.excluded = 0 ON CONFLICT (day) DO UPDATE SET closed = closed + 1, "
                + "completed = completed + excluded.completed; INSERT INTO earning_day (day, category, jobs, "
                + "yen) SELECT NEW.closed_on, NEW.category, 1, NEW.amount_jpy WHERE NEW.status = 'completed' "
                + "AND NEW.amount_jpy IS NOT NULL ON CONFLICT (day, category) DO UPDATE SET jobs = jobs + 1, "
                + "yen = yen + excluded.yen; END",
            "CREATE TRIGGER review_totals_insert AFTER INSERT ON review WHEN NOT EXISTS (SELECT 1 FROM "
                + "bulk_insert) BEGIN INSERT INTO review_day (day, rating, reviews) VALUES (NEW.rated_on, "
                + "NEW.rating, 1) ON CONFLICT (day, rating) DO UPDATE SET reviews = reviews + 1; END",
            "CREATE TRIGGER review_totals_delete AFTER DELETE ON review BEGIN UPDATE review_day SET "
                + "reviews = reviews - 1 WHERE day = OLD.rated_on AND rating = OLD.rating; END",
            "CREATE TRIGGER review_totals_update AFTER UPDATE ON review BEGIN UPDATE review_day SET "
                + "reviews = reviews - 1 WHERE day = OLD.rated_on AND rating = OLD.rating; INSERT INTO "
                + "review_day (day, rating, reviews) VALUES (NEW.rated_on, NEW.rating, 1) ON CONFLICT (day, "
                + "rating) DO UPDATE SET reviews = reviews + 1; END");

    /** 3: a bound of the longest reply delay, so history far back reads few rows. */
    private static final List<String> V3 = List.of(
            "CREATE TABLE reply_bound (id INTEGER PRIMARY KEY CHECK (id = 1), max_delay INTEGER NOT NULL)",
            "INSERT INTO reply_bound VALUES (1, coalesce((SELECT max(unixepoch(message.replied_at) - "
                + "unixepoch(message.received_at)) FROM message WHERE replied_at IS NOT NULL), 0))",
            "CREATE TRIGGER message_bound_insert AFTER INSERT ON message WHEN NEW.replied_at IS NOT NULL "
                + "AND NOT EXISTS (SELECT 1 FROM bulk_insert) BEGIN UPDATE reply_bound SET max_delay = "
                + "max(max_delay, unixepoch(NEW.replied_at) - unixepoch(NEW.received_at)); END",
            "CREATE TRIGGER message_bound_update AFTER UPDATE OF received_at, replied_at ON message WHEN "
                + "NEW.replied_at IS NOT NULL BEGIN UPDATE reply_bound SET max_delay = max(max_delay, "
                + "unixepoch(NEW.replied_at) - unixepoch(NEW.received_at)); END");

    /**
     * 4: the value rules of {@code domain.Values} as CHECK constraints (the same expressions as {@link StoredValues}):
     * SQLite refuses a date, time, offset or amount that Nintei could not read back, whoever writes it, and
     * {@code quick_check} finds one written behind its back. SQLite cannot add a CHECK to a table, so each table is
     * copied into a new one that has them; its indexes and triggers, those of migrations 1–3, are made again.
     */
    private static final List<String> V4 = rebuilt(List.of("""
            CREATE TABLE job_checked (
              id INTEGER PRIMARY KEY,
              title TEXT NOT NULL CHECK (trim(title) <> ''),
              client TEXT NOT NULL DEFAULT '',
              category TEXT NOT NULL DEFAULT '',
              ordered_on TEXT NOT NULL
                CHECK (ordered_on BETWEEN '1970-01-01' AND '2999-12-31' AND date(ordered_on) IS ordered_on),
              status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'cancelled')),
              closed_on TEXT
                CHECK (closed_on IS NULL OR (closed_on BETWEEN '1970-01-01' AND '2999-12-31' AND date(closed_on) IS closed_on)),
              amount_jpy INTEGER
                CHECK (amount_jpy IS NULL OR (typeof(amount_jpy) = 'integer' AND amount_jpy BETWEEN 0 AND 999999999999)),
              excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
              note TEXT NOT NULL DEFAULT '',
              CHECK ((status = 'in_progress') = (closed_on IS NULL)),
              CHECK (closed_on IS NULL OR closed_on >= ordered_on)
            )""",
            "INSERT INTO job_checked (id, title, client, category, ordered_on, status, closed_on, amount_jpy, excluded, "
                + "note) SELECT id, title, client, category, ordered_on, status, closed_on, amount_jpy, excluded, note "
                + "FROM job",
            "DROP TABLE job",
            "ALTER TABLE job_checked RENAME TO job",
            """
            CREATE TABLE message_checked (
              id INTEGER PRIMARY KEY,
              client TEXT NOT NULL DEFAULT '',
              received_at TEXT NOT NULL
                CHECK (received_at BETWEEN '1970-01-01T00:00:00Z' AND '2999-12-31T23:59:59Z' AND strftime('%Y-%m-%dT%H:%M:%SZ', received_at) IS received_at),
              received_offset TEXT NOT NULL
                CHECK (received_offset = 'Z' OR (received_offset GLOB '[+-][01][0-9]:[0-5][0-9]' AND (substr(received_offset, 2, 2) < '18' OR substr(received_offset, 2) = '18:00'))),
              replied_at TEXT
                CHECK (replied_at IS NULL OR (replied_at BETWEEN '1970-01-01T00:00:00Z' AND '2999-12-31T23:59:59Z' AND strftime('%Y-%m-%dT%H:%M:%SZ', replied_at) IS replied_at)),
              replied_offset TEXT
                CHECK (replied_offset IS NULL OR (replied_offset = 'Z' OR (replied_offset GLOB '[+-][01][0-9]:[0-5][0-9]' AND (substr(replied_offset, 2, 2) < '18' OR substr(replied_offset, 2) = '18:00')))),
              no_reply_needed INTEGER NOT NULL DEFAULT 0 CHECK (no_reply_needed IN (0, 1)),
              note TEXT NOT NULL DEFAULT '',
              CHECK (replied_at IS NULL OR replied_at >= received_at),
              CHECK ((replied_at IS NULL) = (replied_offset IS NULL))
            )""",
            "INSERT INTO message_checked (id, client, received_at, received_offset, replied_at, replied_offset, "
                + "no_reply_needed, note) SELECT id, client, received_at, received_offset, replied_at, replied_offset, "
                + "no_reply_needed, note FROM message",
            "DROP TABLE message",
            "ALTER TABLE message_checked RENAME TO message",
            """
            CREATE TABLE review_checked (
              id INTEGER PRIMARY KEY,
              client TEXT NOT NULL DEFAULT '',
              rated_on TEXT NOT NULL
                CHECK (rated_on BETWEEN '1970-01-01' AND '2999-12-31' AND date(rated_on) IS rated_on),
              rating TEXT NOT NULL
                CHECK (rating IN ('1', '2', '3', '4', '5', 'satisfied', 'unsatisfied')),
              comment TEXT NOT NULL DEFAULT ''
            )""",
            "INSERT INTO review_checked (id, client, rated_on, rating, comment) SELECT id, client, rated_on, rating, "
                + "comment FROM review",
            "DROP TABLE review",
            "ALTER TABLE review_checked RENAME TO review"));

    /**
     * 5: the figures the platform showed, as the user typed them to compare (Dashboard → Compare, {@code reconcile}):
     * one per figure and day, a later one of the same day replacing it; the history chart shows them as points. And
     * an index for every column a table sorts by that had none, on the expression it sorts by
     * ({@code RecordTable.sortKey}: {@code ifnull(column, …)}, so that no other query picks it): a page anywhere in a
     * sorted table is then a range of an index, not a sort of every row.
     */
    private static final List<String> V5 = List.of("""
            CREATE TABLE platform_figure (
              id INTEGER PRIMARY KEY,
              figure TEXT NOT NULL CHECK (figure IN ('reply_rate', 'completion', 'rating', 'satisfaction')),
              shown_on TEXT NOT NULL
                CHECK (shown_on BETWEEN '1970-01-01' AND '2999-12-31' AND date(shown_on) IS shown_on),
              shown TEXT NOT NULL,
              CHECK (shown GLOB '[0-9]*' AND shown NOT GLOB '*[^0-9.]*' AND shown NOT GLOB '*.*.*' AND shown NOT GLOB '*.' AND shown NOT GLOB '*.[0-9][0-9][0-9][0-9][0-9][0-9][0-9]*' AND CAST(shown AS REAL) BETWEEN (CASE figure WHEN 'rating' THEN 1 ELSE 0 END) AND (CASE figure WHEN 'rating' THEN 5 ELSE 100 END)),
              UNIQUE (figure, shown_on)
            )""",
            "CREATE INDEX message_client_sort ON message (ifnull(client, ''))",
            "CREATE INDEX message_replied_sort ON message (ifnull(replied_at, ''))",
            "CREATE INDEX message_no_reply_sort ON message (ifnull(no_reply_needed, 0))",
            "CREATE INDEX message_note_sort ON message (ifnull(note, ''))",
            "CREATE INDEX job_title_sort ON job (ifnull(title, ''))",
            "CREATE INDEX job_client_sort ON job (ifnull(client, ''))",
            "CREATE INDEX job_category_sort ON job (ifnull(category, ''))",
            "CREATE INDEX job_status_sort ON job (ifnull(status, ''))",
            "CREATE INDEX job_closed_sort ON job (ifnull(closed_on, ''))",
            "CREATE INDEX job_amount_sort ON job (ifnull(amount_jpy, -1))",
            "CREATE INDEX job_excluded_sort ON job (ifnull(excluded, 0))",
            "CREATE INDEX job_note_sort ON job (ifnull(note, ''))",
            "CREATE INDEX review_client_sort ON review (ifnull(client, ''))",
            "CREATE INDEX review_rating_sort ON review (ifnull(rating, ''))",
            "CREATE INDEX review_comment_sort ON review (ifnull(comment, ''))");

    static final List<List<String>> ALL = List.of(V1, V2, V3, V4, V5);

    /** Migration 4's statements, then the indexes and triggers of migrations 1–3 again (DROP TABLE dropped them). */
    private static List<String> rebuilt(List<String> tables) {
        List<String> all = new ArrayList<>(tables);
        for (List<String> earlier : List.of(V1, V2, V3)) {
            earlier.stream().filter(sql -> sql.startsWith("CREATE INDEX") || sql.startsWith("CREATE TRIGGER"))
                    .forEach(all::add);
        }
        return List.copyOf(all);
    }

    /**
     * The triggers a logbook of the latest schema has, by name, as the migrations wrote them: what the deep check
     * compares the logbook's own with.
     */
    static Map<String, String> triggers() {
        Map<String, String> byName = new LinkedHashMap<>();
        for (List<String> migration : ALL) {
            for (String sql : migration) {
                if (sql.startsWith("CREATE TRIGGER ")) {
                    byName.put(sql.substring("CREATE TRIGGER ".length()).split(" ", 2)[0], sql);
                }
            }
        }
        return byName;
    }

    static int latest() {
        return ALL.size();
    }

    private Migrations() {
    }
}
