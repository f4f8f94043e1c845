package jp.nintei.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import jp.nintei.domain.Column;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobColumn;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.JobStatus;
import java.util.ArrayList;

final class SqliteJobStore extends RecordTable<Job> implements JobStore {

    SqliteJobStore(Database db) {
        super(db, "job", RecordKind.JOBS);
    }

    @Override
    String sortKey(Column<Job> column) {
        if (column.equals(JobColumn.AMOUNT_JPY)) {
            return "ifnull(amount_jpy, -1)"; // yen are 0 or more
        }
        if (column.equals(JobColumn.EXCLUDED)) {
            return "ifnull(excluded, 0)";
        }
        return super.sortKey(column);
    }

    /**
     * Every category a job has, sorted, none empty: one step down the category's sort index per category (a pass
     * over every job took 46 ms of each measure on 100,000 jobs; this takes a fraction of a millisecond).
     */
    List<String> categories() {
        return database().read(c -> {
            List<String> found = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(categoriesQuery()); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
    }

    /** The categories as SQL: the smallest after the one before, while there is one. */
    String categoriesQuery() {
        String key = sortKey(JobColumn.CATEGORY); // the expression migration 5 indexed
        return "WITH RECURSIVE c(v) AS (SELECT min(" + key + ") FROM job WHERE " + key + " > '' UNION ALL "
                + "SELECT (SELECT min(" + key + ") FROM job WHERE " + key + " > c.v) FROM c WHERE c.v IS NOT NULL) "
                + "SELECT v FROM c WHERE v IS NOT NULL";
    }

    @Override
    void bind(PreparedStatement st, Job job) throws SQLException {
        st.setString(1, job.title());
        st.setString(2, job.client());
        st.setString(3, job.category());
        Columns.setDate(st, 4, job.orderedOn());
        st.setString(5, job.status().code());
        Columns.setDate(st, 6, job.closedOn());
        Columns.setLong(st, 7, job.amountJpy());
        st.setInt(8, job.excluded() ? 1 : 0);
        st.setString(9, job.note());
    }

    @Override
    Job map(ResultSet rs) throws SQLException {
        return new Job(rs.getLong("id"), rs.getString("title"), rs.getString("client"), rs.getString("category"),
                Columns.getDate(rs, "ordered_on"), JobStatus.fromCode(rs.getString("status")).orElseThrow(),
                Columns.getDate(rs, "closed_on"), Columns.getLong(rs, "amount_jpy"), rs.getInt("excluded") == 1,
                rs.getString("note"));
    }

    @Override
    Job withId(Job job, long id) {
        return job.withId(id);
    }

    @Override
    public List<Job> inProgress(int limit) {
        return database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM job WHERE status = 'in_progress' "
                    + "ORDER BY ordered_on DESC, id DESC LIMIT ?")) {
                st.setInt(1, limit);
                List<Job> jobs = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        jobs.add(read(rs));
                    }
                }
                return jobs;
            }
        });
    }
}
