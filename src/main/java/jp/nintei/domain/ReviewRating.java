package jp.nintei.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.text.Normalizer;

/** A client's verdict: one to five stars, or Lancers' two-level scale used since 2022. */
public enum ReviewRating {
    STARS_1("1", 1), STARS_2("2", 2), STARS_3("3", 3), STARS_4("4", 4), STARS_5("5", 5),
    SATISFIED("satisfied", 0),
    UNSATISFIED("unsatisfied", 0);

    private final String code;
    private final int stars;

    ReviewRating(String code, int stars) {
        this.code = code;
        this.stars = stars;
    }

    public String code() {
        return code;
    }

    /** The number of stars, or empty for satisfied / unsatisfied (they are not stars). */
    public OptionalInt stars() {
        return stars == 0 ? OptionalInt.empty() : OptionalInt.of(stars);
    }

    public static ReviewRating ofStars(int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1 to 5: " + stars);
        }
        return values()[stars - 1];
    }

    /** A rating from its code ({@code 5}, {@code satisfied}) or its Japanese word ({@code 満足}, {@code 残念}). */
    public static Optional<ReviewRating> fromCode(String text) {
        String word = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        if (word.equals("満足")) {
            return Optional.of(SATISFIED);
        }
        if (word.equals("残念")) {
            return Optional.of(UNSATISFIED);
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (ReviewRating rating : values()) {
            if (rating.code.equals(wanted)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
