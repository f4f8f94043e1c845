package jp.nintei.shell;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.image.Image;
import jp.nintei.app.Workspace;
import jp.nintei.ui.*;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.animation.Timeline;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import jp.nintei.dashboard.DashboardController;
import jp.nintei.dashboard.DashboardPresenter;
import jp.nintei.dashboard.HistoryController;
import jp.nintei.dashboard.PendingController;
import jp.nintei.dashboard.ReconcileController;
import jp.nintei.dashboard.ReconcilePresenter;
import jp.nintei.dashboard.WelcomeController;
import jp.nintei.dashboard.WhatIfController;
import jp.nintei.app.Autostart;
import jp.nintei.settings.StartAtLoginPresenter;
import jp.nintei.jobs.JobsController;
import jp.nintei.jobs.JobsPresenter;
import jp.nintei.messages.MessagesController;
import jp.nintei.messages.MessagesPresenter;
import jp.nintei.reviews.ReviewsController;
import jp.nintei.reviews.ReviewsPresenter;
import jp.nintei.settings.SettingsController;
import jp.nintei.settings.SettingsPresenter;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.StoreException;
import java.util.function.Consumer;

/**
 * The composition root: wires the store, the session, the presenters and the views of one window. Presenters live as
 * long as the window; views are loaded again when the language changes.
 */
public final class AppWindow {

    public static final String MAIN_VIEW = "/jp/nintei/shell/main.fxml";
    public static final String STYLESHEET = "/jp/nintei/css/theme.css";
    /** Every screen's view, in one place. */
    static final Map<MainPresenter.Screen, String> SCREEN_VIEWS = Map.of(
            MainPresenter.Screen.DASHBOARD, "/jp/nintei/dashboard/dashboard.fxml",
            MainPresenter.Screen.JOBS, "/jp/nintei/jobs/jobs.fxml",
            MainPresenter.Screen.MESSAGES, "/jp/nintei/messages/messages.fxml",
            MainPresenter.Screen.REVIEWS, "/jp/nintei/reviews/reviews.fxml",
            MainPresenter.Screen.SETTINGS, "/jp/nintei/settings/settings.fxml");

    private final Stage stage;
    private final LogbookStore store;
    private final TaskRunner runner;
    private final LogbookSession session;
    private final ViewLoader loader;
    private final Preferences preferences;
    private final Timeline ticker;
    private final MainPresenter main;
    private final FxNotifier notifier;
    /** Until the app says otherwise, a refused logbook is said in the status bar. */
    private Consumer<StoreException> onRefused = e -> status().failed("status.failed", e);
    private boolean closed;
    private final Reminders reminders;
    /** Stops following the system's light/dark setting: when the window closes. */
    private Runnable stopFollowingTheme = () -> { };

    private AppWindow(Stage stage, LogbookStore store, TaskRunner runner, Clock clock, Localization l10n,
                      Preferences preferences, Dialogs dialogs) {
        this.stage = stage;
        this.store = store;
        this.runner = runner;
        this.preferences = preferences;
        this.session = new LogbookSession(new Workspace(store, clock), runner, l10n);
        // first in the store's queue, ahead of the screens' first pages: measured while this thread builds the window
        // (a second of FXML and CSS), the gauges' numbers are there when the dashboard first paints
        session.refresh();
        DashboardPresenter dashboard = new DashboardPresenter(session);
        JobsPresenter jobs = new JobsPresenter(session, dialogs);
        MessagesPresenter messages = new MessagesPresenter(session, dialogs);
        this.main = new MainPresenter(session, dialogs, preferences, dashboard, messages);
        ReviewsPresenter reviews = new ReviewsPresenter(session, dialogs);
        this.notifier = new FxNotifier();
        this.reminders = new Reminders(session, notifier);
        reminders.enabled.set(preferences.remindersOn());
        reminders.leadMinutes.set(preferences.reminderLeadMinutes());
        reminders.keepReminding.set(preferences.keepReminding());
        InvalidationListener remember = obs -> preferences.saveReminders(reminders.enabled.get(),
                reminders.leadMinutes.get(), reminders.keepReminding.get());
        reminders.enabled.addListener(remember);
        reminders.leadMinutes.addListener(remember);
        reminders.keepReminding.addListener(remember);
        SettingsPresenter settings = new SettingsPresenter(session, main::setLanguage, reminders);
        main.guard(MainPresenter.Screen.JOBS, jobs);
        main.guard(MainPresenter.Screen.MESSAGES, messages);
        main.guard(MainPresenter.Screen.REVIEWS, reviews);
        main.guard(MainPresenter.Screen.SETTINGS, settings);
        dashboard.onOpenSettings(() -> main.show(MainPresenter.Screen.SETTINGS));
        Map<Class<?>, Supplier<Object>> controllers = new HashMap<>();
        controllers.put(MainController.class, () -> new MainController(main, dashboard, jobs, reviews, session,
                reminders, this::loadScreen));
        controllers.put(DashboardController.class, () -> new DashboardController(dashboard, this::loadView));
        controllers.put(WelcomeController.class, () -> new WelcomeController(dashboard));
        controllers.put(PendingController.class, () -> new PendingController(dashboard));
        controllers.put(WhatIfController.class, () -> new WhatIfController(dashboard.whatIf()));
        ReconcilePresenter reconcile = new ReconcilePresenter(session);
        controllers.put(ReconcileController.class, () -> new ReconcileController(reconcile));
        controllers.put(HistoryController.class, () -> new HistoryController(dashboard));
        controllers.put(JobsController.class, () -> new JobsController(jobs));
        controllers.put(MessagesController.class, () -> new MessagesController(messages));
        controllers.put(ReviewsController.class, () -> new ReviewsController(reviews));
        StartAtLoginPresenter startAtLogin = new StartAtLoginPresenter(session, Autostart.forThisMachine(
                System.getProperty("jpackage.app-path"), System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home"))));
        controllers.put(SettingsController.class, () -> new SettingsController(settings, startAtLogin));
        this.loader = new ViewLoader(controllers);
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(30), e -> session.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    /** {@code --theme}: this run's look, not remembered. */
    public void themeForThisRun(Theme theme) {
        main.themeForThisRun(theme);
    }

    /** Set in the stage's properties by File → Quit: the window hides to end Nintei, not to keep reminding. */
    public static final Object QUIT = new Object();

    /** Builds the window on {@code stage}, shows it and starts reading the logbook. */
    public static AppWindow open(Stage stage, LogbookStore store, TaskRunner runner, Clock clock, Localization l10n,
                                 Preferences preferences) {
        return open(stage, store, runner, clock, l10n, preferences, new FxDialogs(stage, l10n));
    }

    public static AppWindow open(Stage stage, LogbookStore store, TaskRunner runner, Clock clock, Localization l10n,
                                 Preferences preferences, Dialogs dialogs) {
        AppWindow window = new AppWindow(stage, store, runner, clock, l10n, preferences, dialogs);
        window.show();
        return window;
    }

    private void show() {
        stopFollowingTheme = Themes.follow(main.themeProperty());
        Scene scene = new Scene(loadRoot());
        scene.getStylesheets().add(AppWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> session.l10n().text(session.shown().demoProperty().get() ? "demo.title" : "app.title"),
                session.l10n().bundleProperty(), session.shown().demoProperty()));
        addIcons(stage);
        if (!stage.isShowing()) { // the opening window has put it in place already; a size set meanwhile is kept
            WindowBounds.restore(stage, preferences);
        }
        session.l10n().bundleProperty().addListener((obs, old, now) -> scene.setRoot(loadRoot()));
        stage.setOnHidden(e -> WindowBounds.save(stage, preferences));
        // the window's close button asks first when a form holds unsaved typing
        stage.setOnCloseRequest(e -> {
            if (!main.mayClose()) {
                e.consume();
            }
        });
        // built while the store's thread measures, the window takes the stage (from the opening window) once the
        // numbers are in: its first layout, the longest (the styles of all it shows), then has them, and none follows
        // for them alone
        whenFirstAnswered(() -> {
            if (closed) { // closed while the opening window showed
                return;
            }
            stage.setScene(scene);
            stage.show();
            session.status().say("status.ready");
            // the check (or the day's backup) reads the whole logbook: it starts after the window's first frame
            FxTaskRunner.afterFrame(scene, () -> session.read(w -> true, measured -> main.dailyBackup(refused -> {
                if (!closed) { // a refusal that comes after the window closed reopens nothing
                    onRefused.accept(refused);
                }
            })));
        });
        ticker.play();
    }

    /**
     * Runs {@code then} once the session's first measure is answered (or has failed), and at the latest after
     * {@link #FIRST_ANSWER_WAIT}: a slow measure shows the window with the numbers to come, as before it.
     */
    private void whenFirstAnswered(Runnable then) {
        ReadOnlyBooleanProperty answered = session.shown().answeredProperty();
        if (answered.get()) {
            then.run();
            return;
        }
        PauseTransition wait = new PauseTransition(FIRST_ANSWER_WAIT);
        InvalidationListener[] heard = new InvalidationListener[1];
        Runnable once = () -> { // whichever comes first ends the other
            wait.stop();
            answered.removeListener(heard[0]);
            then.run();
        };
        heard[0] = obs -> once.run();
        answered.addListener(heard[0]);
        wait.setOnFinished(e -> once.run());
        wait.play();
    }

    /** How long a window waits for its first measure before it shows without it. */
    static final Duration FIRST_ANSWER_WAIT = Duration.seconds(1);

    /**
     * Nintei's icon in every size the systems ask for, once per window. They are decoded on a thread of their own and
     * given to the window together: decoding the seven (the 512 px one most) took 25–55 ms before the first frame, and
     * even asking JavaFX to load each in the background took 11–15 ms of the FX thread there.
     */
    static void addIcons(Stage stage) {
        if (stage.getProperties().putIfAbsent(ICONS, Boolean.TRUE) != null) {
            return;
        }
        Thread.ofPlatform().daemon().name("nintei-icons").start(() -> {
            List<Image> icons = new ArrayList<>();
            for (int size : new int[] {16, 32, 48, 64, 128, 256, 512}) {
                var url = AppWindow.class.getResource("/jp/nintei/icons/nintei-" + size + ".png");
                Image icon = url == null ? null : new Image(url.toExternalForm());
                if (icon != null && !icon.isError()) { // one missing size costs only that one
                    icons.add(icon);
                }
            }
            FxTaskRunner.later(() -> stage.getIcons().addAll(icons));
        });
    }

    /** Set in a window's properties once its icons were asked for. */
    private static final Object ICONS = new Object();

    private Parent loadScreen(MainPresenter.Screen screen) {
        return loadView(SCREEN_VIEWS.get(screen));
    }

    /** A screen, or a part of one ({@link DashboardController#PARTS}), in the app's language. */
    private Parent loadView(String view) {
        return loader.load(view, session.l10n().bundle());
    }

    private Parent loadRoot() {
        Parent root = loader.load(MAIN_VIEW, session.l10n().bundle());
        Fonts.japaneseFamily().ifPresent(family -> root.setStyle("-fx-font-family: '" + family + "';"));
        return root;
    }

    public LogbookSession session() {
        return session;
    }

    /** Stops the ticker and the background thread and closes the logbook; the stage may be opened again. */
    /**
     * Hears that the check the open left for later refused the logbook (damaged, or a value changed behind Nintei's
     * back): the app then closes this window and opens the logbook again the way a start does, with its ways back.
     */
    public void onLogbookRefused(Consumer<StoreException> handler) {
        onRefused = handler;
    }

    private StatusBar status() {
        return session.status();
    }

    public void close() {
        closed = true;
        stage.titleProperty().unbind();
        ticker.stop();
        stopFollowingTheme.run();
        if (runner instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing down anyway
            }
        }
        notifier.close();
        session.closeDemo(); // the store's thread has stopped: nothing else uses the demo logbook now
        store.close();
    }
}
