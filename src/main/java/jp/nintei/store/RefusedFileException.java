package jp.nintei.store;

import java.nio.file.Path;

/** The file is not a logbook this version of Nintei can open. It was left exactly as it was. */
public class RefusedFileException extends StoreException {

    public RefusedFileException(String message) {
        super(Problem.NOT_A_LOGBOOK, null, message, null);
    }

    public RefusedFileException(Problem problem, Path file, String message, Object... details) {
        super(problem, file, message, null, details);
    }
}
