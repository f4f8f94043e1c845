package jp.nintei.store;

import jp.nintei.domain.Review;

/** The reviews of the logbook. */
public interface ReviewStore extends RecordStore<Review> {
}
