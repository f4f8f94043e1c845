package jp.nintei.store;

import java.util.List;
import jp.nintei.domain.Review;

/** The client reviews of the logbook. */
public interface ReviewStore {
    List<Review> all();

    Review add(Review review);

    /** Stores all of them in one transaction, or none. */
    void addAll(List<Review> reviews);

    void update(Review review);

    void delete(long id);
}
