package jp.nintei.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the user has logged, as one immutable list of rows. It answers the engine's questions by walking every
 * row: the reference the store's daily totals are checked against, and the input of engine tests.
 */
public record Logbook(List<Job> jobs, List<Message> messages, List<Review> reviews, Settings settings)
        implements Facts {

    public static final Logbook EMPTY = new Logbook(List.of(), List.of(), List.of(), Settings.EMPTY);

    public Logbook {
        jobs = List.copyOf(jobs);
        messages = List.copyOf(messages);
        reviews = List.copyOf(reviews);
    }

    public boolean isEmpty() {
        return jobs.isEmpty() && messages.isEmpty() && reviews.isEmpty();
    }

    @Override
    public Tally replies(Instant after, Instant asOf, Duration onTimeWithin) {
        long replies = 0;
        long onTime = 0;
        for (Message m : messages) {
            Instant received = m.received();
            if (m.noReplyNeeded() || !received.isAfter(after) || received.isAfter(asOf) || !m.repliedBy(asOf)) {
                continue;
            }
            replies++;
            if (m.replyTime().compareTo(onTimeWithin) <= 0) {
                onTime++;
            }
        }
        return new Tally(onTime, replies);
    }

    @Override
    public Tally closedJobs(LocalDate after, LocalDate asOf) {
        long closed = 0;
        long completed = 0;
        for (Job job : jobs) {
            if (job.excluded() || !job.status().isClosed() || !inWindow(job.orderedOn(), after, asOf)
                    || job.closedOn().isAfter(asOf)) {
                continue;
            }
            closed++;
            if (job.status() == JobStatus.COMPLETED) {
                completed++;
            }
        }
        return new Tally(completed, closed);
    }

    @Override
    public Tally earnings(LocalDate after, LocalDate asOf, String category) {
        long yen = 0;
        long paid = 0;
        for (Job job : jobs) {
            if (job.status() != JobStatus.COMPLETED || job.amountJpy() == null
                    || !inWindow(job.closedOn(), after, asOf)
                    || (!category.isEmpty() && !category.equals(job.category()))) {
                continue;
            }
            yen = Math.addExact(yen, job.amountJpy());
            paid++;
        }
        return new Tally(yen, paid);
    }

    @Override
    public Map<ReviewRating, Long> ratings(LocalDate after, LocalDate asOf) {
        Map<ReviewRating, Long> counts = new EnumMap<>(ReviewRating.class);
        for (Review review : reviews) {
            if (inWindow(review.ratedOn(), after, asOf)) {
                counts.merge(review.rating(), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static boolean inWindow(LocalDate d, LocalDate after, LocalDate asOf) {
        return d.isAfter(after) && !d.isAfter(asOf);
    }
}
