package jp.nintei.store;

import java.util.List;

/**
 * The schema, as numbered migrations. Migration N brings a logbook from {@code PRAGMA user_version} N−1 to N.
 * Never edit a released migration: add the next one.
 */
final class Migrations {

    /** 'NNTE': marks a SQLite file as a Nintei logbook. */
    static final int APPLICATION_ID = 0x4E4E5445;

    static final List<List<String>> ALL = List.of(
            // 1: the logbook of issue #2
            List.of("""
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
                    )"""),
            // 2: per-day totals kept by triggers, so the engine reads at most a year of days, not every row
            Totals.migration(),
            // 3: a bound of the longest reply delay, so history far back reads few rows
            Totals.replyBound());

    static int latest() {
        return ALL.size();
    }

    private Migrations() {
    }
}
