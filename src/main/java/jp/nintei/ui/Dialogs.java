package jp.nintei.ui;

import java.nio.file.Path;
import java.util.Optional;

/** What presenters ask the user through a window; tests answer without one. */
public interface Dialogs {

    boolean confirm(String title, String message);

    /** Asks where to save a file, starting in {@code folder}; empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, Path folder, String suggestedName);

    /**
     * Asks for a file to open; empty when the user cancels.
     *
     * @param extension the kind of file offered, e.g. {@code db} or {@code csv}
     */
    Optional<Path> chooseOpenFile(String title, Path folder, String extension);
}
