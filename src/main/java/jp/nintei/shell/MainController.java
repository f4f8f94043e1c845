package jp.nintei.shell;

import java.util.EnumMap;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Version;
import jp.nintei.ui.Reminders;
import jp.nintei.ui.*;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Window;
import jp.nintei.shell.MainPresenter.Screen;
import jp.nintei.dashboard.DashboardPresenter;
import jp.nintei.jobs.JobsPresenter;
import jp.nintei.reviews.ReviewsPresenter;

/** The window frame: menus, side bar, status bar. Binds and forwards; decides nothing. */
public final class MainController {

    private final MainPresenter main;
    private final DashboardPresenter dashboard;
    private final JobsPresenter jobs;
    private final ReviewsPresenter reviews;
    private final LogbookSession session;
    private final Reminders reminders;

    private final Function<Screen, Node> screenLoader;
    private final Map<Screen, Node> views = new EnumMap<>(Screen.class);

    @FXML private ToggleGroup nav;
    @FXML private StackPane screens;
    @FXML private Label statusLabel;
    @FXML private Label logbookLabel;
    @FXML private HBox reminderBox;
    @FXML private Hyperlink reminderLink;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem demoItem;
    @FXML private RadioMenuItem themeSystemItem;
    @FXML private RadioMenuItem themeLightItem;
    @FXML private RadioMenuItem themeDarkItem;
    @FXML private MenuItem leaveDemoItem;
    @FXML private MenuItem redoItem;

    MainController(MainPresenter main, DashboardPresenter dashboard, JobsPresenter jobs, ReviewsPresenter reviews,
                   LogbookSession session, Reminders reminders,
                   Function<Screen, Node> screenLoader) {
        this.reminders = reminders;
        this.screenLoader = screenLoader;
        this.main = main;
        this.dashboard = dashboard;
        this.jobs = jobs;
        this.reviews = reviews;
        this.session = session;
    }

    @FXML
    private void initialize() {
        showTheme(main.themeProperty().get());
        main.themeProperty().addListener((obs, old, now) -> showTheme(now));
        showScreen(main.screenProperty().get());
        selectToggle(main.screenProperty().get());
        main.screenProperty().addListener((obs, old, now) -> {
            showScreen(now);
            selectToggle(now);
        });
        nav.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one screen is always shown
            } else if (!main.show(Screen.valueOf((String) now.getUserData()))) {
                selectToggle(main.screenProperty().get()); // the form asked to stay
            }
        });
        statusLabel.textProperty().bind(session.status().textProperty());
        statusLabel.getStyleClass().add(Styles.STATUS);
        session.status().errorProperty()
                .addListener((obs, old, now) -> Styles.toggle(statusLabel, Styles.ERROR, !now.isEmpty()));
        // a reminder stays in the status bar, covering nothing, until dismissed or no longer true
        reminderLink.textProperty().bind(Bindings.createStringBinding(() ->
                reminders.currentProperty().get() == null ? "" : "🔔 " + reminders.currentProperty().get().text(),
                reminders.currentProperty()));
        reminderBox.visibleProperty().bind(reminders.currentProperty().isNotNull());
        reminderBox.managedProperty().bind(reminderBox.visibleProperty());
        logbookLabel.textProperty().bind(Bindings.when(session.shown().demoProperty())
                .then(session.l10n().text("demo.logbook")).otherwise(main.logbookPath()));
        Styles.toggle(logbookLabel, Styles.DEMO, session.shown().demoProperty().get());
        session.shown().demoProperty().addListener((obs, old, now) -> Styles.toggle(logbookLabel, Styles.DEMO, now));
        demoItem.visibleProperty().bind(session.shown().demoProperty().not());
        leaveDemoItem.visibleProperty().bind(session.shown().demoProperty());
        undoItem.disableProperty().bind(session.shown().canUndoProperty().not());
        redoItem.disableProperty().bind(session.shown().canRedoProperty().not());
        // Shortcut+Y redoes too, as on Windows
        statusLabel.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y,
                        KeyCombination.SHORTCUT_DOWN), this::redo);
            }
        });
    }

    /** The reminder, clicked: the dashboard lists the replies due. */
    @FXML private void openReminder() {
        main.show(Screen.DASHBOARD);
    }

    @FXML private void dismissReminder() {
        reminders.dismiss();
    }

    /** Shortcut+Z: in a text field with typing to take back, the field's own undo; otherwise the last change. */
    @FXML private void undo() {
        if (window().getScene().getFocusOwner() instanceof TextInputControl field
                && field.isUndoable()) {
            field.undo();
        } else {
            session.undo();
        }
    }

    @FXML private void redo() {
        if (window().getScene().getFocusOwner() instanceof TextInputControl field
                && field.isRedoable()) {
            field.redo();
        } else {
            session.redo();
        }
    }

    /** Loads a screen's view the first time it is shown; shown views stay loaded. */
    private void showScreen(Screen screen) {
        views.computeIfAbsent(screen, s -> {
            Node view = screenLoader.apply(s);
            view.visibleProperty().bind(main.screenProperty().isEqualTo(s));
            view.managedProperty().bind(view.visibleProperty());
            screens.getChildren().add(view);
            return view;
        });
    }

    private void selectToggle(Screen screen) {
        for (Toggle toggle : nav.getToggles()) {
            if (screen.name().equals(toggle.getUserData())) {
                nav.selectToggle(toggle);
            }
        }
    }

    @FXML private void export() {
        main.exportSummary();
    }

    @FXML private void importJobs() {
        main.importCsv(RecordKind.JOBS);
    }

    @FXML private void importMessages() {
        main.importCsv(RecordKind.MESSAGES);
    }

    @FXML private void importReviews() {
        main.importCsv(RecordKind.REVIEWS);
    }

    @FXML private void noReplyNeeded() {
        main.noReplyNeeded();
    }

    @FXML private void backup() {
        main.backupNow();
    }

    @FXML private void restore() {
        main.restore();
    }

    @FXML private void openDemo() {
        session.openDemo();
    }

    @FXML private void leaveDemo() {
        session.leaveDemo();
    }

    /** File → Quit: ends Nintei, also when closing the window would keep reminding. */
    @FXML private void quit() {
        if (main.mayClose()) {
            window().getProperties().put(AppWindow.QUIT, Boolean.TRUE);
            window().hide();
        }
    }

    @FXML private void messageReceived() {
        dashboard.messageReceivedNow();
    }

    @FXML private void replied() {
        main.repliedNow();
    }

    @FXML private void addJob() {
        if (main.show(Screen.JOBS)) {
            jobs.startTyping();
        }
    }

    @FXML private void addReview() {
        if (main.show(Screen.REVIEWS)) {
            reviews.startTyping();
        }
    }

    @FXML private void showDashboard() {
        main.show(Screen.DASHBOARD);
    }

    @FXML private void showJobs() {
        main.show(Screen.JOBS);
    }

    @FXML private void showMessages() {
        main.show(Screen.MESSAGES);
    }

    @FXML private void showReviews() {
        main.show(Screen.REVIEWS);
    }

    @FXML private void showSettings() {
        main.show(Screen.SETTINGS);
    }

    @FXML private void japanese() {
        main.setLanguage(Localization.JAPANESE);
    }

    @FXML private void english() {
        main.setLanguage(Localization.ENGLISH);
    }

    private void showTheme(Theme theme) {
        (theme == Theme.DARK ? themeDarkItem : theme == Theme.LIGHT ? themeLightItem : themeSystemItem).setSelected(true);
    }

    @FXML private void themeSystem() {
        main.chooseTheme(Theme.SYSTEM);
    }

    @FXML private void themeLight() {
        main.chooseTheme(Theme.LIGHT);
    }

    @FXML private void themeDark() {
        main.chooseTheme(Theme.DARK);
    }

    /** Help → About: the version, the licence, where the logbook is (with a button to open its folder), the rules. */
    @FXML private void about() {
        ButtonType openFolder = new ButtonType(session.l10n().text("about.openFolder"),
                ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(session.l10n().text("about.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, main.aboutText(), openFolder, close);
        alert.initOwner(window());
        alert.setTitle(session.l10n().text("about.title"));
        alert.setHeaderText("Nintei " + Version.current());
        alert.getDialogPane().setMinWidth(520);
        // the app's own font (the dialog would fall back to another), and Close as the default: Enter closes it
        Fonts.japaneseFamily().ifPresent(f -> alert.getDialogPane().setStyle("-fx-font-family: '" + f + "';"));
        ((Button) alert.getDialogPane().lookupButton(close)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(openFolder)).setDefaultButton(false);
        boolean open = alert.showAndWait().filter(openFolder::equals).isPresent();
        FxDialogs.giveFocusBack((Stage) window());
        if (open) {
            main.openDataFolder();
        }
    }

    private Window window() {
        return statusLabel.getScene().getWindow();
    }
}
