package jp.nintei.store;

import java.nio.file.Path;

/** A logbook that cannot be opened, read or written, with a message meant for the user. */
public class StoreException extends RuntimeException {

    /** What went wrong, for a user interface that words it in the user's language. */
    public enum Problem { NOT_A_LOGBOOK, OTHER_PROGRAM, NEWER_VERSION, DAMAGED, ALREADY_OPEN, NATIVE_LIBRARY, OTHER }

    private final Problem problem;
    private final Path file;

    public StoreException(String message) {
        this(Problem.OTHER, null, message, null);
    }

    public StoreException(String message, Throwable cause) {
        this(Problem.OTHER, null, message, cause);
    }

    public StoreException(Problem problem, Path file, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.file = file;
    }

    public Problem problem() {
        return problem;
    }

    /** The file concerned, or null. */
    public Path file() {
        return file;
    }
}
