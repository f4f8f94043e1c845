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
        checkClosedOn(status, orderedOn, closedOn);
        if (amountJpy != null) {
            Values.yen("amount_jpy", amountJpy);
        }
    }

    /**
     * The rule of the day a job closed, with its status and its order date — written once, for this constructor (and
     * so for the CSV import and every row the store reads back) and for the job form: a completed or cancelled job
     * has the day it closed, on or after the day it was ordered; a job in progress has none yet. A status or an order
     * date not known yet (null, in a form being filled in) leaves out the parts it decides.
     */
    public static void checkClosedOn(JobStatus status, LocalDate orderedOn, LocalDate closedOn) {
        if (status != null && status.isClosed() && closedOn == null) {
            throw new ValueException("closed_on", "value.closedMissing");
        }
        if (status != null && !status.isClosed() && closedOn != null) {
            throw new ValueException("closed_on", "value.closedWhileOpen");
        }
        if (closedOn != null && orderedOn != null && closedOn.isBefore(orderedOn)) {
            throw new ValueException("closed_on", "value.closedBeforeOrdered", closedOn.toString(),
                    orderedOn.toString());
        }
    }

    public Job withId(long newId) {
        return new Job(newId, title, client, category, orderedOn, status, closedOn, amountJpy, excluded, note);
    }
}
