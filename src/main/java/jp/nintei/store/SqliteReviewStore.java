package jp.nintei.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;

final class SqliteReviewStore extends RecordTable<Review> implements ReviewStore {

    SqliteReviewStore(Database db) {
        super(db, "review", RecordKind.REVIEWS);
    }

    @Override
    void bind(PreparedStatement st, Review r) throws SQLException {
        st.setString(1, r.client());
        Columns.setDate(st, 2, r.ratedOn());
        st.setString(3, r.rating().code());
        st.setString(4, r.comment());
    }

    @Override
    Review map(ResultSet rs) throws SQLException {
        return new Review(rs.getLong("id"), rs.getString("client"), Columns.getDate(rs, "rated_on"),
                ReviewRating.fromCode(rs.getString("rating")).orElseThrow(), rs.getString("comment"));
    }


    @Override
    Review withId(Review r, long id) {
        return r.withId(id);
    }
}
