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

    private Sqlite3() {
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/sqlite3")) || Files.isExecutable(Path.of("/usr/local/bin/sqlite3"));
    }

    static List<String> command(Path db, String sql) {
        return List.of("sqlite3", db.toString(), sql);
    }
}
