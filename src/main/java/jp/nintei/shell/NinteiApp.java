package jp.nintei.shell;

import jp.nintei.ui.*;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import jp.nintei.store.Backups;
import jp.nintei.store.LogbookLocation;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.StoreException;

/** The desktop app: opens the logbook, then hands the window to {@link AppWindow}. */
public final class NinteiApp extends Application {

    private static String dbOption;
    private AppWindow window;

    static void start(String db) {
        dbOption = db;
        Application.launch(NinteiApp.class);
    }

    @Override
    public void start(Stage stage) {
        Preferences preferences = new Preferences("/jp/nintei");
        Localization l10n = new Localization(preferences.language().orElse(Localization.defaultFor(Locale.getDefault())));
        Path file = LogbookLocation.resolve(dbOption, System.getenv());
        LogbookStore store = openOrRecover(file, l10n);
        if (store == null) {
            Platform.exit();
            return;
        }
        window = AppWindow.open(stage, store, new FxTaskRunner(), Clock.systemDefaultZone(), l10n, preferences);
    }

    /** Opens the logbook; when it is refused, says why and offers the latest backup. Null when the user quits. */
    private static LogbookStore openOrRecover(Path file, Localization l10n) {
        StartupRecovery.Outcome outcome = StartupRecovery.open(file);
        if (outcome.store() != null) {
            return outcome.store();
        }
        ButtonType quit = new ButtonType(l10n.text("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String problem = StoreMessages.describe(outcome.error(), l10n);
        Alert alert = new Alert(Alert.AlertType.ERROR, problem, quit);
        alert.setTitle(l10n.text("startup.title"));
        alert.setHeaderText(l10n.text("startup.header"));
        ButtonType restore = null;
        if (outcome.backup().isPresent()) {
            restore = new ButtonType(l10n.text("startup.restore", outcome.backup().get().getFileName()),
                    ButtonBar.ButtonData.OK_DONE);
            alert.getButtonTypes().add(0, restore);
            alert.setContentText(problem + "\n\n" + l10n.text("startup.restoreExplained",
                    outcome.backup().get(), Backups.folder(file)));
        }
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Fonts.japaneseFamily().ifPresent(f -> alert.getDialogPane().setStyle("-fx-font-family: '" + f + "';"));
        Optional<ButtonType> answer = alert.showAndWait();
        if (restore == null || answer.isEmpty() || answer.get() != restore) {
            return null;
        }
        try {
            return StartupRecovery.restore(file, outcome.backup().get(), LocalDateTime.now());
        } catch (StoreException e) {
            new Alert(Alert.AlertType.ERROR, StoreMessages.describe(e, l10n), ButtonType.CLOSE).showAndWait();
            return null;
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
