package jp.nintei.domain;

import java.util.Locale;
import java.util.Optional;

/** Where a job stands. The code is what the CSV files and the database say. */
public enum JobStatus {
    IN_PROGRESS("in_progress"),
    COMPLETED("completed"),
    CANCELLED("cancelled");

    private final String code;

    JobStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isClosed() {
        return this != IN_PROGRESS;
    }

    public static Optional<JobStatus> fromCode(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (JobStatus status : values()) {
            if (status.code.equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
