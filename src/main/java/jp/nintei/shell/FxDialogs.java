package jp.nintei.shell;

import java.nio.file.Files;
import java.util.Locale;
import jp.nintei.ui.*;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** Dialogs as real windows. */
final class FxDialogs implements Dialogs {

    private final Stage owner;
    private final Localization l10n;

    /** Dialogs over {@code owner}, their buttons in the app's language (JavaFX's own follow the system's). */
    FxDialogs(Stage owner, Localization l10n) {
        this.owner = owner;
        this.l10n = l10n;
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(l10n.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(l10n.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, no);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        // Enter must not delete: Cancel is the default button, OK has to be chosen
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        boolean ok = alert.showAndWait().filter(yes::equals).isPresent();
        giveFocusBack(owner);
        return ok;
    }

    /**
     * Gives the focus back to the window a dialog came from. Without a window manager nothing else does, and its menu
     * bar then only highlights when clicked (Alt+F does nothing) until another dialog opens and closes.
     */
    static void giveFocusBack(Stage owner) {
        if (owner != null && owner.isShowing()) {
            owner.toFront();
            owner.requestFocus();
        }
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path folder, String suggestedName) {
        FileChooser chooser = chooser(title, folder, suggestedName.substring(suggestedName.lastIndexOf('.') + 1));
        chooser.setInitialFileName(suggestedName);
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        giveFocusBack(owner);
        return chosen;
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, Path folder, String extension) {
        Optional<Path> chosen = Optional.ofNullable(chooser(title, folder, extension).showOpenDialog(owner))
                .map(File::toPath);
        giveFocusBack(owner);
        return chosen;
    }

    /** A file chooser titled {@code title}, starting in {@code folder} when it exists, offering {@code *.extension}. */
    private static FileChooser chooser(String title, Path folder, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(Locale.ROOT), "*." + extension));
        return chooser;
    }
}
