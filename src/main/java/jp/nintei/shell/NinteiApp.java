package jp.nintei.shell;

import jp.nintei.ui.*;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Consumer;
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
    /** Where the window's size, language and theme are remembered (another node in tests). */
    private static String preferencesNode = "/jp/nintei";
    private AppWindow window;

    static void start(String db, Theme theme) {
        options(db, theme, "/jp/nintei");
        Application.launch(NinteiApp.class);
    }

    /** What {@link #start(Stage)} opens: the logbook ({@code --db}, null for the usual place), theme, preferences. */
    static void options(String db, Theme theme, String preferences) {
        dbOption = db;
        themeOption = theme;
        preferencesNode = preferences;
    }

    @Override
    public void start(Stage stage) {
        Preferences preferences = new Preferences(preferencesNode);
        openIn(stage, LogbookLocation.resolve(dbOption, System.getenv()), themeOption, preferences, w -> window = w);
    }

    /**
     * Shows the window at once, saying that the logbook is being opened, and opens it on the store's own thread: its
     * checks (on a big logbook, seconds on the first start of a day) never hold back the first frame or freeze it.
     * Then the app fills the same window, and {@code onOpen} hears of it (the benchmark's probe starts so too).
     *
     * @param theme this run's theme ({@code --theme}), or null for the one chosen in View → Theme
     */
    public static void openIn(Stage stage, Path file, Theme theme, Preferences preferences,
                              Consumer<AppWindow> onOpen) {
        Localization l10n = new Localization(preferences.language().orElse(Localization.defaultFor(Locale.getDefault())));
        OpeningWindow.show(stage, l10n, theme != null ? theme : preferences.theme().orElse(Theme.SYSTEM), preferences);
        FxTaskRunner runner = new FxTaskRunner(); // the thread that opens the logbook then serves the window
        runner.run(() -> StartupRecovery.open(file), outcome -> {
            if (!stage.isShowing()) { // closed while the logbook was opening
                closeQuietly(outcome.store());
                return;
            }
            LogbookStore store = outcome.store() != null ? outcome.store() : recover(file, outcome, l10n);
            if (store == null) {
                Platform.exit();
                return;
            }
            AppWindow window = AppWindow.open(stage, store, runner, Clock.systemDefaultZone(), l10n, preferences);
            if (theme != null) {
                window.themeForThisRun(theme);
            }
            onOpen.accept(window);
        }, e -> { // not a refusal StartupRecovery knows: said as it is, and the app quits
            new Alert(Alert.AlertType.ERROR, jp.nintei.app.Failures.describe(e, l10n.texts()), quit(l10n))
                    .showAndWait();
            Platform.exit();
        });
    }

    /** Quit, in the app's language (JavaFX's own Close follows the system's). */
    private static ButtonType quit(Localization l10n) {
        return new ButtonType(l10n.text("startup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private static void closeQuietly(LogbookStore store) {
        if (store != null) {
            store.close();
        }
    }

    /**
     * Says why the logbook was refused and offers the ways back: set the damaged rows aside (when only some values are
     * bad), or restore the latest backup. Quit is the default. Null when the user quits.
     */
    private static LogbookStore recover(Path file, StartupRecovery.Outcome outcome, Localization l10n) {
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
                        done.keptCopy()), new ButtonType(l10n.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait());
                case RESTORE -> StartupRecovery.restore(file, outcome.backup().orElseThrow(), LocalDateTime.now());
                case QUIT -> null;
            };
        } catch (StoreException e) {
            new Alert(Alert.AlertType.ERROR, jp.nintei.app.Failures.describe(e, l10n.texts()), quit(l10n)).showAndWait();
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
