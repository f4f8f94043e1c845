package jp.nintei.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** How many rows a logbook holds: a copy that holds fewer is not a copy. */
public record RowCounts(long jobs, long messages, long reviews) {

    static RowCounts of(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT (SELECT count(*) FROM job), (SELECT count(*) FROM message), (SELECT count(*) FROM review)")) {
            rs.next();
            return new RowCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    @Override
    public String toString() {
        return jobs + " jobs, " + messages + " messages, " + reviews + " reviews";
    }
}
