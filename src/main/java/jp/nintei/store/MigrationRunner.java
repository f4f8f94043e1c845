package jp.nintei.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Brings a logbook's schema up to date with {@link Migrations}, in one transaction. */
final class MigrationRunner {

    private MigrationRunner() {
    }

    /** Runs the migrations the logbook has not had; a failure half-way leaves the old version intact. */
    static void upgrade(Connection c, List<List<String>> migrations) throws SQLException {
        int current = LogbookChecks.intPragma(c, "user_version");
        if (current >= migrations.size()) {
            return;
        }
        Database.inTransaction(c, conn -> {
            try (Statement st = conn.createStatement()) {
                for (List<String> migration : migrations.subList(current, migrations.size())) {
                    for (String sql : migration) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA user_version = " + migrations.size());
                st.execute("PRAGMA application_id = " + Migrations.APPLICATION_ID);
            }
            return null;
        });
    }
}
