package jp.nintei.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code sqlite3} shell, doing what Nintei does, for comparison. */
final class Sqlite3 {

    /**
     * What {@code summary} computes, straight from the rows (as of instant @T and date @D): replies within 24 h over
     * the last 365 days, jobs closed, yen in the category, ratings, settings.
     */
    static final String SUMMARY_EQUIVALENT = """
            SELECT count(*), sum(unixepoch(replied_at) - unixepoch(received_at) <= 86400) FROM message
             WHERE received_at > strftime('%Y-%m-%dT%H:%M:%SZ', '@T', '-365 days') AND received_at <= '@T'
               AND replied_at IS NOT NULL AND replied_at <= '@T' AND no_reply_needed = 0;
            SELECT count(*), sum(status = 'completed') FROM job WHERE ordered_on > date('@D', '-365 days')
               AND ordered_on <= '@D' AND status <> 'in_progress' AND closed_on <= '@D' AND excluded = 0;
            SELECT count(*), sum(amount_jpy) FROM job WHERE status = 'completed' AND amount_jpy IS NOT NULL
               AND closed_on > date('@D', '-365 days') AND closed_on <= '@D' AND category = '記事作成';
            SELECT rating, count(*) FROM review WHERE rated_on > date('@D', '-365 days') AND rated_on <= '@D'
             GROUP BY rating;
            SELECT key, value FROM setting;
            """;

    /**
     * The floor for {@code import messages}: the shell loads the CSV into a staging table and moves it into Nintei's
     * own schema (its checks, indexes and triggers) with one INSERT … SELECT that converts the times to UTC text, then
     * adds the day totals with one grouped insert — the work Nintei's import does, in one transaction. @CSV is the file.
     */
    static final String IMPORT_EQUIVALENT = """
            .mode csv
            CREATE TEMP TABLE staging (client TEXT, received_at TEXT, replied_at TEXT, note TEXT);
            .import --skip 1 @CSV staging
            BEGIN;
            INSERT INTO bulk_insert (active) VALUES (1);
            INSERT INTO message (client, received_at, received_offset, replied_at, replied_offset, no_reply_needed, note)
             SELECT client, strftime('%Y-%m-%dT%H:%M:%SZ', received_at), substr(received_at, 20),
                    CASE WHEN replied_at = '' THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%SZ', replied_at) END,
                    CASE WHEN replied_at = '' THEN NULL ELSE substr(replied_at, 20) END, 0, note FROM staging;
            INSERT INTO message_day (day, replies, on_time)
             SELECT substr(received_at, 1, 10), count(*), sum(unixepoch(replied_at) - unixepoch(received_at) <= 86400)
               FROM message WHERE replied_at IS NOT NULL AND no_reply_needed = 0 GROUP BY 1
             ON CONFLICT (day) DO UPDATE SET replies = replies + excluded.replies, on_time = on_time + excluded.on_time;
            DELETE FROM bulk_insert;
            COMMIT;
            """;

    private Sqlite3() {
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/sqlite3")) || Files.isExecutable(Path.of("/usr/local/bin/sqlite3"));
    }

    static List<String> command(Path db, String sql) {
        return List.of("sqlite3", db.toString(), sql);
    }

    /** The shell reading {@code script} from its standard input, as a user would pipe a file to it. */
    static List<String> script(Path db, String script) {
        return List.of("sh", "-c", "printf '%s' \"$0\" | sqlite3 \"$1\"", script, db.toString());
    }
}
