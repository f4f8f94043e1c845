package jp.nintei.domain;

import java.util.Locale;
import java.util.Optional;
import java.text.Normalizer;
import java.util.Map;

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

    /** The words a user may type for a status: its code, or what Japanese job pages say. */
    private static final Map<String, JobStatus> WORDS = Map.of(
            "進行中", IN_PROGRESS, "作業中", IN_PROGRESS, "完了", COMPLETED, "キャンセル", CANCELLED,
            "取り消し", CANCELLED, "中止", CANCELLED);

    /** A status from its code ({@code completed}) or its Japanese word ({@code 完了}, {@code キャンセル}, {@code 進行中}). */
    public static Optional<JobStatus> fromCode(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (JobStatus status : values()) {
            if (status.code.equals(wanted)) {
                return Optional.of(status);
            }
        }
        return Optional.ofNullable(WORDS.get(Normalizer.normalize(text.strip(),
                Normalizer.Form.NFKC)));
    }
}
