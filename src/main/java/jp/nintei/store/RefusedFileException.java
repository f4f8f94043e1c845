package jp.nintei.store;

/** The file is not a logbook this version of Nintei can open. It was left exactly as it was. */
public class RefusedFileException extends StoreException {

    public RefusedFileException(String message) {
        super(message);
    }
}
