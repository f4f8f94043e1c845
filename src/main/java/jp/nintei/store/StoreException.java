package jp.nintei.store;

import java.nio.file.Path;

/** A logbook that cannot be opened, read or written, with a message meant for the user. */
public class StoreException extends RuntimeException {

    /** What went wrong, for a user interface that words it in the user's language. */
    public enum Problem {
        NOT_A_LOGBOOK, OTHER_PROGRAM, NEWER_VERSION, DAMAGED, BAD_VALUE, ALREADY_OPEN, NATIVE_LIBRARY, READ_ONLY,
        JOURNAL_REPLACED, OWN_FILE, OTHER
    }

    private final Problem problem;
    private final Path file;
    /** What the user's language needs besides the file to word the problem (a table, a row, a field…). */
    private final transient java.util.List<Object> details;

    public StoreException(String message) {
        this(Problem.OTHER, null, message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(Problem.OTHER, null, message, cause);
    }

    public StoreException(Problem problem, Path file, String message, Throwable cause, Object... details) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
        this.details = java.util.Arrays.asList(details.clone());
    }

    /** The arguments of the problem's words after the file ({1}, {2}, … in the bundle's {@code store.*} texts). */
    public Object[] details() {
        return details.toArray();
    }

    public Problem problem() {
        return problem;
    }

    /** The file concerned, or null. */
    public Path file() {
        return file;
    }
}
