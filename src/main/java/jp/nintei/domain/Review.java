package jp.nintei.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A client's review of a finished job. */
public record Review(long id, String client, LocalDate ratedOn, ReviewRating rating, String comment) {

    public Review {
        client = Values.text("client", client);
        comment = Values.text("comment", comment);
        Values.date("rated_on", Objects.requireNonNull(ratedOn, "ratedOn"));
        Objects.requireNonNull(rating, "rating");
    }

    public Review withId(long newId) {
        return new Review(newId, client, ratedOn, rating, comment);
    }
}
