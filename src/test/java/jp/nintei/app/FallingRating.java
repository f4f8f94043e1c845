package jp.nintei.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.store.LogbookStore;

/**
 * The reviews of a rating that falls at the review of 2026-12-01 (Lancers' window: twelve months): ★5 ×3 on
 * 2025-11-30 and ★5 ★4 in June 2026 give 24 / 5 = 4.8, met; on 12/1 the three have left the window: 9 / 2 = 4.5.
 */
public final class FallingRating {

    private FallingRating() {
    }

    public static void seed(LogbookStore store) {
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            reviews.add(new Review(0, "", LocalDate.of(2025, 11, 30), ReviewRating.STARS_5, ""));
        }
        reviews.add(new Review(0, "", LocalDate.of(2026, 6, 1), ReviewRating.STARS_5, ""));
        reviews.add(new Review(0, "", LocalDate.of(2026, 6, 1), ReviewRating.STARS_4, ""));
        store.reviews().addAll(reviews);
    }
}
