package jp.nintei.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.nintei.i18n.Phrase;

/**
 * The per-day totals are derived data, believed only while they agree with the rows. The deep check (once a day, and
 * at every backup) recounts them with the very statements migration 2 filled them with, and compares the logbook's
 * triggers with the text the migrations wrote: a trigger dropped or edited, or a total changed, with the {@code sqlite3}
 * shell or another program shows here. {@link #rebuild} then makes both again from the rows, in one transaction.
 */
final class TotalsCheck {

    /** Each totals table, the statement of migration 2 (or 3) that fills it from the rows, and its value columns. */
    private record Derived(String table, String fill, String values) {
    }

    private TotalsCheck() {
    }

    private static List<Derived> derived() {
        List<Derived> all = new ArrayList<>();
        Map<String, String> values = Map.of("message_day", "replies, on_time", "job_day", "closed, completed",
                "earning_day", "jobs, yen", "review_day", "reviews");
        for (String sql : Migrations.ALL.get(1)) {
            for (var table : values.entrySet()) {
                if (sql.startsWith("INSERT INTO " + table.getKey() + " SELECT ")) {
                    all.add(new Derived(table.getKey(), sql, table.getValue()));
                }
            }
        }
        return all;
    }

    /** What does not agree with the rows or with the migrations, in words; empty when all is well. Reads only. */
    static List<Phrase> findings(Connection c) throws SQLException {
        List<Phrase> found = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (Derived d : derived()) {
                String recount = d.fill().substring(("INSERT INTO " + d.table() + " ").length());
                String kept = "SELECT * FROM " + d.table() + " WHERE NOT (" + d.values().replace(", ", " = 0 AND ")
                        + " = 0)";
                long differ = count(st, "SELECT (SELECT count(*) FROM (" + recount + " EXCEPT " + kept + ")) + "
                        + "(SELECT count(*) FROM (" + kept + " EXCEPT " + recount + "))");
                if (differ > 0) {
                    found.add(new Phrase("store.finding.totals", d.table(), differ));
                }
            }
            long bound = count(st, "SELECT count(*) FROM reply_bound WHERE id = 1 AND max_delay >= coalesce((SELECT "
                    + "max(unixepoch(replied_at) - unixepoch(received_at)) FROM message WHERE replied_at IS NOT NULL), 0)");
            if (bound != 1) {
                found.add(new Phrase("store.finding.bound"));
            }
            Map<String, String> expected = Migrations.triggers();
            Map<String, String> actual = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")) {
                while (rs.next()) {
                    actual.put(rs.getString(1), rs.getString(2));
                }
            }
            for (var trigger : expected.entrySet()) {
                String sql = actual.get(trigger.getKey());
                if (sql == null) {
                    found.add(new Phrase("store.finding.missing", trigger.getKey()));
                } else if (!words(sql).equals(words(trigger.getValue()))) {
                    found.add(new Phrase("store.finding.changed", trigger.getKey()));
                }
            }
            for (String name : actual.keySet()) {
                if (!expected.containsKey(name)) {
                    found.add(new Phrase("store.finding.foreign", name));
                }
            }
        }
        return found;
    }

    /**
     * Makes the triggers and the totals again from the migrations' text and the rows. Run inside the caller's write
     * transaction: either all of it is done, or nothing.
     */
    static void rebuild(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            List<String> triggers = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger'")) {
                while (rs.next()) {
                    triggers.add(rs.getString(1));
                }
            }
            for (String name : triggers) {
                st.execute("DROP TRIGGER \"" + name.replace("\"", "\"\"") + "\"");
            }
            for (Derived d : derived()) {
                st.execute("DELETE FROM " + d.table());
                st.execute(d.fill());
            }
            st.execute("DELETE FROM reply_bound");
            for (String sql : Migrations.ALL.get(2)) {
                if (sql.startsWith("INSERT INTO reply_bound ")) {
                    st.execute(sql);
                }
            }
            st.execute("DELETE FROM bulk_insert");
            for (String sql : Migrations.triggers().values()) {
                st.execute(sql);
            }
        }
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String words(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }

    /**
     * The same after {@code backup}, a verified copy of {@code db} just made: the totals are recounted on the copy, on
     * a connection of its own, so that the logbook's own connection — the window's queue of work — does not wait
     * seconds for it on a big logbook. The copy is the logbook as it was when copied, and the triggers have kept the
     * totals since; only where the copy's disagree is the logbook recounted and rebuilt (the backup is its copy).
     */
    static void repairAfter(Database db, Path backup, LocalDateTime now) {
        if (!db.writable()) {
            return; // as below
        }
        try (Connection c = LogbookOpener.connect(backup, true)) {
            if (findings(c).isEmpty()) {
                return;
            }
        } catch (SQLException | StoreException e) {
            // the copy cannot be read back after all: the logbook is recounted itself
        }
        repair(db, now, false);
    }

    /**
     * The deep check of the derived totals: recounted from the rows, and the triggers compared with the migrations'
     * text (for a read-only open, {@link LogbookOpener#openForReadingOnly} did). On a mismatch they are rebuilt in one
     * transaction — after a verified copy of the logbook as it was, when {@code copyFirst} — and the user is told what
     * was repaired ({@link Database#takeNotices}).
     */
    static void repair(Database db, LocalDateTime now, boolean copyFirst) {
        if (!db.writable()) {
            return; // a read-only open compared them as it opened, and falls back to the usual open to rebuild them
        }
        List<Phrase> findings = db.read(TotalsCheck::findings);
        if (findings.isEmpty()) {
            return;
        }
        Path kept = null;
        if (copyFirst) {
            kept = Backups.repairedCopy(db.file(), now);
            SafeCopy.backup(db, kept);
        }
        db.write(c -> {
            TotalsCheck.rebuild(c);
            return null;
        });
        db.noticed(List.of(kept == null ? new Phrase("store.recounted", Phrase.joined(findings))
                : new Phrase("store.recountedKept", Phrase.joined(findings), kept)));
    }
}
