package jp.nintei.store;

/** A logbook that cannot be opened, read or written, with a message meant for the user. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
