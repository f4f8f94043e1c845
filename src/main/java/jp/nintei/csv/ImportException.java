package jp.nintei.csv;

/** A CSV file that cannot be imported. The message names the file, the line and the field. */
public class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
