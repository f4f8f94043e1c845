package jp.nintei.shell;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.control.Button;
import jp.nintei.app.Failures;
import jp.nintei.ui.*;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
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
    /** A closed window hands over to a background process ({@link BackgroundStart}); the window tests keep it here. */
    private static boolean handOver = true;
    private AppWindow window;
    private Resident resident;
    private SingleInstance instance;
    private Stage stage;
    private Path file;
    private Preferences preferences;
    private boolean stopped;

    /**
     * Starts the app on the logbook {@code db} (null: the usual one) — unless a Nintei already runs on it: that one is
     * asked to show its window, and this start ends there.
     */
    static void start(String db, Theme theme, boolean background) {
        options(db, theme, "/jp/nintei");
        Preferences.readAhead(preferencesNode); // read while JavaFX starts
        Path file = LogbookLocation.resolve(db, System.getenv());
        if (SingleInstance.askToShow(file)) {
            return;
        }
        try {
            if (background && !BackgroundStart.remindUntilWindowWanted(file, new Preferences(preferencesNode))) {
                return; // the tray's Quit
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        LogbookOpening.ahead(file); // on a core JavaFX's start leaves mostly idle
        Application.launch(NinteiApp.class);
    }

    /** What {@link #start(Stage)} opens: the logbook ({@code --db}, null for the usual place), theme, preferences. */
    static void options(String db, Theme theme, String preferences) {
        dbOption = db;
        themeOption = theme;
        preferencesNode = preferences;
        handOver = preferences.equals("/jp/nintei");
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        this.preferences = new Preferences(preferencesNode);
        this.file = LogbookLocation.resolve(dbOption, System.getenv());
        Platform.setImplicitExit(false); // closing the window decides: end, or keep reminding
        instance = SingleInstance.listen(file, () -> FxTaskRunner.later(this::showWindow));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> windowClosed());
        showWindow();
    }

    /** Shows the window: opens it (and the logbook) when closed, brings it to the front when open. */
    private void showWindow() {
        if (resident != null) {
            resident.close(); // the window reminds while it is open
            resident = null;
        }
        if (stage.isShowing()) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        } else {
            openIn(stage, file, themeOption, preferences, w -> window = w);
        }
    }

    /**
     * The window was hidden: closed by the user (Nintei keeps reminding when chosen in Settings; it ends otherwise),
     * by File → Quit, or while the logbook was still opening. The logbook is closed either way.
     */
    private void windowClosed() {
        if (stopped) {
            return; // JavaFX is ending: stop() closes everything
        }
        boolean quit = stage.getProperties().remove(AppWindow.QUIT) != null;
        AppWindow closed = window;
        window = null;
        if (closed != null) {
            closed.close();
        }
        if (closed != null && !quit && preferences.remindersOn() && preferences.keepReminding()) {
            keepReminding();
        } else {
            end();
        }
    }

    /**
     * Keeps reminding with the window closed: hands over to a new Nintei in the background, which runs without
     * JavaFX, and ends this one; where the system does not say how this one was started, it reminds itself.
     */
    private void keepReminding() {
        instance.close(); // the new one listens in its place
        if (handOver && BackgroundStart.relaunch()) {
            instance = null;
            end();
            return;
        }
        instance = SingleInstance.listen(file, () -> FxTaskRunner.later(this::showWindow));
        Localization l10n = preferences.localization();
        resident = Resident.start(file, preferences, l10n, () -> FxTaskRunner.later(this::showWindow),
                () -> FxTaskRunner.later(this::end));
    }

    private void end() {
        if (resident != null) {
            resident.close();
        }
        if (instance != null) {
            instance.close();
        }
        Platform.exit();
    }

    /**
     * Shows the window at once, saying that the logbook is being opened, and opens it on the store's own thread: its
     * checks (on a big logbook, seconds) never hold back the first frame or freeze it.
     * Then the app fills the same window, and {@code onOpen} hears of it (the benchmark's probe starts so too).
     *
     * @param theme this run's theme ({@code --theme}), or null for the one chosen in View → Theme
     */
    public static void openIn(Stage stage, Path file, Theme theme, Preferences preferences,
                              Consumer<AppWindow> onOpen) {
        openIn(stage, file, theme, preferences, onOpen, false);
    }

    /**
     * As above; {@code checkFirst}: with every check before the window — after the check a start leaves for after
     * the gauges refused the logbook, to offer the ways back.
     */
    private static void openIn(Stage stage, Path file, Theme theme, Preferences preferences,
                               Consumer<AppWindow> onOpen, boolean checkFirst) {
        Fonts.lookAhead(); // the opening window's font, found while its language and theme are read
        Localization l10n = preferences.localization();
        LogbookOpening opening = LogbookOpening.of(file, checkFirst); // begun while JavaFX started, where it could be
        opening.outcome().whenComplete((outcome, failure) -> FxTaskRunner.later(() -> {
            if (failure == null) {
                FxTaskRunner.afterFrame(stage.getScene(),
                        () -> opened(stage, file, theme, preferences, onOpen, l10n, opening.runner(), outcome));
            } else { // not a refusal StartupRecovery knows: said as it is, and the app quits
                Themes.apply(shownTheme(theme, preferences)); // the dialog is the first control
                new Alert(Alert.AlertType.ERROR, Failures.describe(failure instanceof CompletionException c
                        ? c.getCause() : failure, l10n.texts()), quit(l10n)).showAndWait();
                Platform.exit();
            }
        }));
        // shown while the logbook opens on the store's thread (a quarter of a second on a million messages)
        OpeningWindow.show(stage, l10n, shownTheme(theme, preferences), preferences);
    }

    private static void opened(Stage stage, Path file, Theme theme, Preferences preferences,
                               Consumer<AppWindow> onOpen, Localization l10n, FxTaskRunner runner,
                               StartupRecovery.Outcome outcome) {
        if (!stage.isShowing()) { // closed while the logbook was opening
            closeQuietly(outcome.store());
            return;
        }
        Themes.apply(shownTheme(theme, preferences)); // the ways back's dialog, or the window
        LogbookStore store = outcome.store() != null ? outcome.store() : recover(file, outcome, l10n);
        if (store == null) {
            Platform.exit();
            return;
        }
        AppWindow window = AppWindow.open(stage, store, runner, Clock.systemDefaultZone(), l10n, preferences);
        if (theme != null) {
            window.themeForThisRun(theme);
        }
        window.onLogbookRefused(refused -> {
            window.close();
            openIn(stage, file, theme, preferences, onOpen, true);
        });
        onOpen.accept(window);
    }

    /** This run's theme ({@code --theme}), else the one chosen in View → Theme, else the system's. */
    private static Theme shownTheme(Theme theme, Preferences preferences) {
        return theme != null ? theme : preferences.theme().orElse(Theme.SYSTEM);
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
        String problem = Failures.describe(outcome.error(), l10n.texts());
        Map<ButtonType, StartupRecovery.Choice> buttons = new LinkedHashMap<>();
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
        buttons.forEach((type, choice) -> ((Button) alert.getDialogPane().lookupButton(type))
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
            new Alert(Alert.AlertType.ERROR, Failures.describe(e, l10n.texts()), quit(l10n)).showAndWait();
            return null;
        }
    }

    @Override
    public void stop() {
        stopped = true;
        if (window != null) {
            window.close();
        }
        if (resident != null) {
            resident.close();
        }
        if (instance != null) {
            instance.close();
        }
    }
}
