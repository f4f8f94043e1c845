package jp.nintei.shell;

import org.sqlite.SQLiteConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Another SQLite program (the {@code sqlite3} shell, a backup tool): opens the logbook for reading and writing, counts
 * its messages (or the rows of the table named second), closes it. Closing, it checkpoints the journal and removes it when it believes it is the last
 * connection — which it does when the app's locks were dropped.
 */
public final class ExternalClient {

    private ExternalClient() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + args[0]);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + (args.length > 1 ? args[1] : "message"))) {
            System.out.println(rs.getLong(1));
        }
    }
}
