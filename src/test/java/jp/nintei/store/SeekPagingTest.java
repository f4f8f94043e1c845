package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.sqlite.SQLiteConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToLongFunction;
import jp.nintei.domain.Column;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobColumn;
import jp.nintei.domain.Message;
import jp.nintei.domain.MessageColumn;
import jp.nintei.domain.RowQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages sought from anchors (issue 18, item 2) hold exactly the rows {@code OFFSET} gives — for every sortable
 * column, both directions, with and without a search, across NULLs and ties, and after the logbook changed here
 * or in another program. The expected rows come from a plain {@code ORDER BY … LIMIT … OFFSET} on a connection
 * of the test's own.
 */
class SeekPagingTest {

    @TempDir
    Path dir;
    LogbookStore store;
    Connection raw;

    @BeforeEach
    void fill() throws Exception {
        store = LogbookStore.open(dir.resolve("nintei.db"));
        Random random = new Random(20261202);
        store.messages().addAll(DailyTotalsPropertyTest.randomMessages(random, 3_450));
        store.jobs().addAll(DailyTotalsPropertyTest.randomJobs(random, 2_230));
        raw = new SQLiteConfig().createConnection("jdbc:sqlite:" + dir.resolve("nintei.db"));
    }

    @AfterEach
    void close() throws Exception {
        raw.close();
        store.close();
    }

    List<Long> expected(String table, String column, boolean ascending, String where, long offset, int limit)
            throws Exception {
        String direction = ascending ? " ASC" : " DESC";
        try (PreparedStatement st = raw.prepareStatement("SELECT id FROM " + table + where + " ORDER BY " + column
                + direction + ", id" + direction + " LIMIT ? OFFSET ?")) {
            st.setInt(1, limit);
            st.setLong(2, offset);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    <T> void samePages(RecordStore<T> rows, ToLongFunction<T> id, String table, List<Column<T>> columns,
                       String search, String where, long count) throws Exception {
        for (Column<T> column : columns) {
            for (boolean ascending : new boolean[] {true, false}) {
                for (long offset = 0; offset < count + 100; offset += offset < 900 ? 450 : 97) {
                    List<Long> got = rows.page(new RowQuery<>(column, ascending, search, offset, 100)).stream()
                            .map(id::applyAsLong).toList();
                    assertEquals(expected(table, column.key(), ascending, where, offset, 100), got,
                            table + " by " + column + (ascending ? " ↑" : " ↓") + " '" + search + "' at " + offset);
                }
            }
        }
    }

    static final List<Column<Message>> MESSAGE_COLUMNS = List.of(MessageColumn.RECEIVED_AT, MessageColumn.REPLIED_AT,
            MessageColumn.CLIENT, MessageColumn.NO_REPLY_NEEDED);
    static final List<Column<Job>> JOB_COLUMNS = List.of(JobColumn.CLOSED_ON, JobColumn.AMOUNT_JPY,
            JobColumn.ORDERED_ON, JobColumn.CATEGORY, JobColumn.STATUS);

    @Test
    void everyPageIsTheOneOffsetGives() throws Exception {
        samePages(store.messages(), m -> m.id(), "message", MESSAGE_COLUMNS, "", "", 3_450);
        samePages(store.messages(), m -> m.id(), "message", List.of(MessageColumn.REPLIED_AT, MessageColumn.RECEIVED_AT), "c1",
                " WHERE client LIKE '%c1%' OR note LIKE '%c1%'", store.messages().count("c1"));
        samePages(store.jobs(), j -> j.id(), "job", JOB_COLUMNS, "", "", 2_230);
    }

    @Test
    void pagesFollowChangesMadeHereAndElsewhere() throws Exception {
        RowQuery<Message> deep = new RowQuery<>(MessageColumn.REPLIED_AT, false, "", 2_000, 100);
        store.messages().page(deep); // anchors read
        store.messages().addAll(DailyTotalsPropertyTest.randomMessages(new Random(7), 300));
        samePages(store.messages(), m -> m.id(), "message", List.of(MessageColumn.REPLIED_AT), "", "", 3_750);
        try (Statement st = raw.createStatement()) { // another program deletes a third of them
            st.executeUpdate("DELETE FROM message WHERE id % 3 = 0");
        }
        samePages(store.messages(), m -> m.id(), "message", List.of(MessageColumn.REPLIED_AT, MessageColumn.RECEIVED_AT), "", "",
                store.messages().count(""));
    }
}
