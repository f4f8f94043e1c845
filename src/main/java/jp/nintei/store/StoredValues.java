package jp.nintei.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The value rules of {@code domain.Values}, stated in SQL for the columns that hold them: migrations 4 and 5 have these
 * very expressions as CHECK constraints (a test compares them with the logbook's schema), and the deep check names the first
 * row that breaks one — a value written behind Nintei's back. {@code StoredValuesPropertyTest} feeds the same random
 * values to these expressions and to every door of the app, and fails when one accepts what another refuses.
 */
final class StoredValues {

    /** A date Nintei keeps: ISO text from 1970-01-01 to 2999-12-31 that SQLite reads as that very date. */
    static final String DATE = "%1$s BETWEEN '1970-01-01' AND '2999-12-31' AND date(%1$s) IS %1$s";
    /** An instant Nintei keeps: UTC text, whole seconds, from 1970-01-01T00:00:00Z to 2999-12-31T23:59:59Z. */
    static final String INSTANT = "%1$s BETWEEN '1970-01-01T00:00:00Z' AND '2999-12-31T23:59:59Z' "
            + "AND strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', %1$s) IS %1$s";
    /** The offset an instant was logged in: Z, or whole minutes up to ±18:00. */
    static final String OFFSET = "%1$s = 'Z' OR (%1$s GLOB '[+-][01][0-9]:[0-5][0-9]' "
            + "AND (substr(%1$s, 2, 2) < '18' OR substr(%1$s, 2) = '18:00'))";
    /** Yen from 0 to 999,999,999,999, stored as an integer. */
    static final String YEN = "typeof(%1$s) = 'integer' AND %1$s BETWEEN 0 AND 999999999999";
    /**
     * A platform's figure as {@code PlatformFigure} keeps it: plain digits with at most one point and six decimals,
     * from 1 to 5 for a rating and from 0 to 100 for a percentage ({@code Reconciliation.Figure}).
     */
    static final String FIGURE = "shown GLOB '[0-9]*' AND shown NOT GLOB '*[^0-9.]*' AND shown NOT GLOB '*.*.*' "
            + "AND shown NOT GLOB '*.' AND shown NOT GLOB '*.[0-9][0-9][0-9][0-9][0-9][0-9][0-9]*' "
            + "AND CAST(shown AS REAL) BETWEEN (CASE figure WHEN 'rating' THEN 1 ELSE 0 END) "
            + "AND (CASE figure WHEN 'rating' THEN 5 ELSE 100 END)";

    /**
     * One rule of one table: the field it is about and the SQL that is true for a valid row.
     *
     * @param valid the text of the CHECK constraint (inside its parentheses)
     */
    record Rule(String table, String field, String valid) {

        static Rule of(String table, String column, String rule, boolean nullable) {
            String valid = String.format(rule, column);
            return new Rule(table, column, nullable ? column + " IS NULL OR (" + valid + ")" : valid);
        }
    }

    static final List<Rule> RULES = List.of(
            Rule.of("job", "ordered_on", DATE, false),
            Rule.of("job", "closed_on", DATE, true),
            Rule.of("job", "amount_jpy", YEN, true),
            new Rule("job", "closed_on", "closed_on IS NULL OR closed_on >= ordered_on"),
            Rule.of("message", "received_at", INSTANT, false),
            Rule.of("message", "received_offset", OFFSET, false),
            Rule.of("message", "replied_at", INSTANT, true),
            Rule.of("message", "replied_offset", OFFSET, true),
            new Rule("message", "replied_at", "replied_at IS NULL OR replied_at >= received_at"),
            Rule.of("review", "rated_on", DATE, false),
            Rule.of("platform_figure", "shown_on", DATE, false),
            new Rule("platform_figure", "shown", FIGURE));

    /**
     * The first row of the logbook breaking a rule: table, id, field and the value it holds; no row when none does.
     * Only the rules of the tables the logbook has: one of an older schema is checked before it is upgraded.
     */
    static String firstBadRow(Connection c) throws SQLException {
        Set<String> tables = tables(c);
        return RULES.stream().filter(r -> tables.contains(r.table()))
                .map(r -> "SELECT '" + r.table() + "', id, '" + r.field() + "', " + r.field() + " FROM " + r.table()
                        + " WHERE NOT coalesce(" + r.valid() + ", 0)")
                .collect(Collectors.joining(" UNION ALL ", "", " LIMIT 1"));
    }

    /**
     * Whether {@code c}'s logbook holds every rule as a CHECK constraint, word for word (as migrations 4 and 5 wrote
     * them): then a {@code quick_check} that finds nothing on a writable connection, which tests every row against its
     * table's CHECKs (a read-only one does not), has already found that no row breaks a rule, and the scan of
     * {@link #firstBadRow} would only read the tables again (3 s on a million messages). A logbook of an older schema,
     * or one whose CHECKs were edited behind Nintei's back, is scanned.
     */
    static boolean heldBySchema(Connection c) throws SQLException {
        Map<String, String> sql = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                sql.put(rs.getString(1), rs.getString(2));
            }
        }
        for (Rule rule : RULES) {
            String table = sql.get(rule.table());
            if (table == null || !table.contains("CHECK (" + rule.valid() + ")")
                    || !rule.valid().startsWith(rule.field() + " IS NULL OR") && !notNull(c, rule)) {
                return false; // a CHECK lets NULL through: a column the rule keeps from NULL must be NOT NULL
            }
        }
        return true;
    }

    private static boolean notNull(Connection c, Rule rule) throws SQLException {
        try (var st = c.prepareStatement("SELECT \"notnull\" FROM pragma_table_info(?) WHERE name = ?")) {
            st.setString(1, rule.table());
            st.setString(2, rule.field());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }

    /** The rules of the tables {@code c}'s logbook has (an older schema lacks the newer tables). */
    static List<Rule> rulesOf(Connection c) throws SQLException {
        Set<String> tables = tables(c);
        return RULES.stream().filter(r -> tables.contains(r.table())).toList();
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private StoredValues() {
    }
}
