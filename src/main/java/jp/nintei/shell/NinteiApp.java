package jp.nintei.shell;

import jp.nintei.ui.*;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
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
    /** {@code --theme}: this run's theme, not remembered; null for the one chosen in View → Theme. */
    private static Theme themeOption;
    private AppWindow window;

    static void start(String db, Theme theme) {
        dbOption = db;
        themeOption = theme;
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
        if (themeOption != null) {
            window.themeForThisRun(themeOption);
        }
    }

    /**
     * Opens the logbook; when it is refused, says why and offers the ways back: set the damaged rows aside (when only
     * some values are bad), or restore the latest backup. Quit is the default. Null when the user quits.
     */
    private static LogbookStore openOrRecover(Path file, Localization l10n) {
        StartupRecovery.Outcome outcome = StartupRecovery.open(file);
        if (outcome.store() != null) {
            return outcome.store();
        }
        String problem = jp.nintei.app.Failures.describe(outcome.error(), l10n.texts());
        java.util.Map<ButtonType, StartupRecovery.Choice> buttons = new java.util.LinkedHashMap<>();
        for (StartupRecovery.Choice choice : StartupRecovery.choices(outcome)) {
            String label = switch (choice) {
                case SET_ASIDE -> l10n.text("startup.setAside");
                case RESTORE -> l10n.text("startup.restore", outcome.backup().orElseThrow().getFileName());
                case QUIT -> l10n.text("startup.quit");
            };
            buttons.put(new ButtonType(label, choice == StartupRecovery.Choice.QUIT ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : ButtonBar.ButtonData.OTHER), choice);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, problem, buttons.keySet().toArray(ButtonType[]::new));
        alert.setTitle(l10n.text("startup.title"));
        alert.setHeaderText(l10n.text("startup.header"));
        StringBuilder text = new StringBuilder(problem);
        if (buttons.containsValue(StartupRecovery.Choice.SET_ASIDE)) {
            text.append("\n\n").append(l10n.text("startup.setAsideExplained", Backups.folder(file)));
        }
        outcome.backup().ifPresent(b -> text.append("\n\n").append(l10n.text("startup.restoreExplained", b,
                Backups.folder(file))));
        alert.setContentText(text.toString());
        buttons.forEach((type, choice) -> ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(type))
                .setDefaultButton(choice == StartupRecovery.DEFAULT));
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Fonts.japaneseFamily().ifPresent(f -> alert.getDialogPane().setStyle("-fx-font-family: '" + f + "';"));
        StartupRecovery.Choice answer = alert.showAndWait().map(buttons::get).orElse(StartupRecovery.Choice.QUIT);
        try {
            return switch (answer) {
                case SET_ASIDE -> StartupRecovery.setAside(file, LocalDateTime.now(), done -> new Alert(
                        Alert.AlertType.INFORMATION, l10n.text("startup.setAsideDone", done.rows(), done.csv(),
                        done.keptCopy()), ButtonType.OK).showAndWait());
                case RESTORE -> StartupRecovery.restore(file, outcome.backup().orElseThrow(), LocalDateTime.now());
                case QUIT -> null;
            };
        } catch (StoreException e) {
            new Alert(Alert.AlertType.ERROR, jp.nintei.app.Failures.describe(e, l10n.texts()), ButtonType.CLOSE).showAndWait();
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
