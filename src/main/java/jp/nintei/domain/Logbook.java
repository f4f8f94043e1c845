package jp.nintei.domain;

import java.util.List;

/** Everything the user has logged, as one immutable snapshot: the engine's whole input besides the as-of. */
public record Logbook(List<Job> jobs, List<Message> messages, List<Review> reviews, Settings settings) {

    public static final Logbook EMPTY = new Logbook(List.of(), List.of(), List.of(), Settings.EMPTY);

    public Logbook {
        jobs = List.copyOf(jobs);
        messages = List.copyOf(messages);
        reviews = List.copyOf(reviews);
    }

    public boolean isEmpty() {
        return jobs.isEmpty() && messages.isEmpty() && reviews.isEmpty();
    }
}
