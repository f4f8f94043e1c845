package jp.nintei.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A job taken on the platform.
 *
 * @param id        database id, 0 for a job not yet stored
 * @param closedOn  the day it was completed or cancelled; null while in progress
 * @param amountJpy what it earned in yen, null when not entered
 * @param excluded  true when the platform's support removed it from the completion rate
 */
public record Job(long id, String title, String client, String category, LocalDate orderedOn,
                  JobStatus status, LocalDate closedOn, Long amountJpy, boolean excluded, String note) {

    public Job {
        title = Values.text("title", Objects.requireNonNull(title, "title")).strip();
        client = client == null ? "" : Values.text("client", client).strip();
        category = category == null ? "" : Values.text("category", category).strip();
        note = note == null ? "" : Values.text("note", note).strip();
        Objects.requireNonNull(orderedOn, "orderedOn");
        Objects.requireNonNull(status, "status");
        if (title.isEmpty()) {
            throw new IllegalArgumentException("title is empty");
        }
        if (status.isClosed() && closedOn == null) {
            throw new IllegalArgumentException("closed_on is required when the status is " + status.code());
        }
        if (!status.isClosed() && closedOn != null) {
            throw new IllegalArgumentException("closed_on must be empty while the job is in progress");
        }
        if (closedOn != null && closedOn.isBefore(orderedOn)) {
            throw new IllegalArgumentException("closed_on is before ordered_on");
        }
        if (amountJpy != null && (amountJpy < 0 || amountJpy > Values.MAX_YEN)) {
            throw new IllegalArgumentException("amount_jpy must be from 0 to " + Values.MAX_YEN + " yen");
        }
    }

    public Job withId(long newId) {
        return new Job(newId, title, client, category, orderedOn, status, closedOn, amountJpy, excluded, note);
    }
}
