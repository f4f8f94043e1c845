package jp.nintei.domain;

import java.util.List;

/** The columns of a review, in the order of the reviews CSV. */
public final class ReviewColumn {

    public static final Column<Review> CLIENT = Column.searched("client");
    public static final Column<Review> RATED_ON = Column.required("rated_on");
    public static final Column<Review> RATING = Column.required("rating");
    public static final Column<Review> COMMENT = Column.searched("comment");
    static final List<Column<Review>> ALL = List.of(CLIENT, RATED_ON, RATING, COMMENT);

    private ReviewColumn() {
    }
}
