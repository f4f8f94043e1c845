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
        title = Values.text("title", Objects.requireNonNull(title, "title"));
        client = Values.text("client", client);
        category = Values.category("category", category);
        note = Values.text("note", note);
        Values.date("ordered_on", Objects.requireNonNull(orderedOn, "orderedOn"));
        Objects.requireNonNull(status, "status");
        if (title.isEmpty()) {
            throw new ValueException("title", "value.required");
        }
        if (closedOn != null) {
            Values.date("closed_on", closedOn);
        }
        if (status.isClosed() && closedOn == null) {
            throw new ValueException("closed_on", "value.closedMissing", status.code());
        }
        if (!status.isClosed() && closedOn != null) {
            throw new ValueException("closed_on", "value.closedWhileOpen");
        }
        if (closedOn != null && closedOn.isBefore(orderedOn)) {
            throw new ValueException("closed_on", "value.closedBeforeOrdered", closedOn.toString(),
                    orderedOn.toString());
        }
        if (amountJpy != null) {
            Values.yen("amount_jpy", amountJpy);
        }
    }

    public Job withId(long newId) {
        return new Job(newId, title, client, category, orderedOn, status, closedOn, amountJpy, excluded, note);
    }
}
