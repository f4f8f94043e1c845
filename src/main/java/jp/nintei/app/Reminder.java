package jp.nintei.app;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import jp.nintei.domain.Message;
import jp.nintei.words.ProgressWords;
import jp.nintei.i18n.Texts;

/**
 * A reminder shown once: {@code key} says what it is about ({@code message:42}, {@code review:2026-12-01}); {@code until}
 * when it stops being true (the reply deadline, the review).
 */
public record Reminder(String key, String title, String text, Instant until) {

    /** How many days before the next review a projected fall is announced. */
    public static final long REVIEW_DAYS = 3;

    /**
     * The earliest time after the state's at which {@link #due} could find something it does not find now, if the
     * logbook stays as it is: the next reply deadline's reminder time, or the start of the days before the next review.
     * Null when nothing is coming.
     */
    public static Instant nextChance(Measurement state, Duration lead) {
        Instant now = state.measuredAt().toInstant();
        Instant next = null;
        Duration deadline = state.progress().profile().replyDeadline().orElse(null);
        if (deadline != null) {
            for (Message m : state.waiting().recent()) {
                Instant remind = m.received().plus(deadline).minus(lead);
                if (remind.isAfter(now) && (next == null || remind.isBefore(next))) {
                    next = remind;
                }
            }
        }
        if (state.next() != null) {
            Instant review = state.next().at().toInstant().minus(Duration.ofDays(REVIEW_DAYS));
            if (review.isAfter(now) && (next == null || review.isBefore(next))) {
                next = review;
            }
        }
        return next;
    }

    /**
     * What is due at the state's time and not shown yet — the one rule, for the window and for the reminders that run
     * with the window closed: a waiting message within {@code lead} of its reply deadline (never one marked "no reply
     * needed"), and, {@link #REVIEW_DAYS} days before the next review, a met requirement projected to fall.
     */
    public static List<Reminder> due(Measurement state, Duration lead, Predicate<String> shown, Texts texts) {
        List<Reminder> due = new ArrayList<>();
        Instant now = state.measuredAt().toInstant();
        Duration deadline = state.progress().profile().replyDeadline().orElse(null);
        if (deadline != null) {
            for (Message m : state.waiting().recent()) {
                Duration left = Duration.between(now, m.received().plus(deadline));
                String key = "message:" + m.id();
                if (!left.isNegative() && left.compareTo(lead) <= 0 && !m.noReplyNeeded() && m.repliedAt() == null
                        && !shown.test(key)) {
                    due.add(new Reminder(key, texts.text("reminder.replyTitle"), texts.text("reminder.reply",
                            m.client().isEmpty() ? texts.text("pending.noClient") : m.client(), left.toHours(),
                            left.toMinutesPart(), deadline.toHours()), m.received().plus(deadline)));
                }
            }
        }
        var next = state.next();
        if (next != null && !next.falls().isEmpty()
                && Duration.between(now, next.at().toInstant()).compareTo(Duration.ofDays(REVIEW_DAYS)) <= 0) {
            String key = "review:" + next.at().toLocalDate();
            if (!shown.test(key)) {
                ProgressWords words = new ProgressWords(texts, state.progress().profile());
                List<String> falling = next.falls().stream().map(f -> words.label(f.now())).toList();
                // "Dec 1", "12月1日": never "12/1", which reads as a count
                due.add(new Reminder(key, texts.text("reminder.reviewTitle"), texts.text("reminder.review",
                        next.at().format(DateTimeFormatter.ofPattern(texts.text("format.monthDay"), texts.locale())),
                        String.join(texts.text("list.separator"), falling)), next.at().toInstant()));
            }
        }
        return due;
    }
}
