package jp.nintei.store;

import java.nio.file.Path;

/** The file is not a logbook this version of Nintei can open. It was left exactly as it was. */
public class RefusedFileException extends StoreException {

    public RefusedFileException(Problem problem, Path file, String key, Object... args) {
        super(problem, file, null, key, args);
    }
}
