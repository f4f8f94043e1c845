package jp.nintei.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds logbooks for engine tests, in the words of the tests. */
final class LogbookBuilder {

    private final List<Job> jobs = new ArrayList<>();
    private final List<Message> messages = new ArrayList<>();
    private final List<Review> reviews = new ArrayList<>();
    private Settings settings = Settings.EMPTY;

    LogbookBuilder message(String received, String replied) {
        messages.add(new Message(0, "client", OffsetDateTime.parse(received),
                replied == null ? null : OffsetDateTime.parse(replied), false, ""));
        return this;
    }

    /** {@code count} messages received at {@code received}, answered after {@code hours} hours. */
    LogbookBuilder replies(int count, String received, long hours) {
        OffsetDateTime r = OffsetDateTime.parse(received);
        for (int i = 0; i < count; i++) {
            messages.add(new Message(0, "client", r, r.plusHours(hours), false, ""));
        }
        return this;
    }

    LogbookBuilder noReplyNeeded(String received) {
        messages.add(new Message(0, "client", OffsetDateTime.parse(received), null, true, ""));
        return this;
    }

    LogbookBuilder jobs(int count, String ordered, JobStatus status, String closed) {
        for (int i = 0; i < count; i++) {
            job(ordered, status, closed, null, false, "");
        }
        return this;
    }

    LogbookBuilder job(String ordered, JobStatus status, String closed, Long amount, boolean excluded,
                       String category) {
        jobs.add(new Job(0, "job", "client", category, LocalDate.parse(ordered), status,
                closed == null ? null : LocalDate.parse(closed), amount, excluded, ""));
        return this;
    }

    LogbookBuilder reviews(String ratedOn, ReviewRating... ratings) {
        for (ReviewRating rating : ratings) {
            reviews.add(new Review(0, "client", LocalDate.parse(ratedOn), rating, ""));
        }
        return this;
    }

    LogbookBuilder settings(Settings s) {
        settings = s;
        return this;
    }

    Logbook build() {
        return new Logbook(jobs, messages, reviews, settings);
    }
}
