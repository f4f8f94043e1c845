package jp.nintei.shell;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;
import jp.nintei.store.LogbookLocation;

/**
 * The run that teaches the installed app's window cache what a start of the window loads.
 * {@code packaging/linux/aot.sh} starts it as {@code nintei} alone with {@code NINTEI_AOT_TRAINING=1}, JavaFX's
 * headless platform and {@code -XX:AOTCacheOutput}: the window on a small logbook, each screen shown once, then it
 * quits. (The commands have a cache of their own, trained on {@code summary}: one cache for both made every command
 * 90 ms slower, its JavaFX classes loaded and linked at each start.)
 */
public final class Training extends Application {

    /** The whole run, at most: a step that never comes (a dialog nobody answers, an error) ends it as failed. */
    static final Duration DEADLINE = Duration.seconds(60);
    private static volatile boolean done;

    /** The training's own preferences, not the user's. */
    private static final String NODE = "/jp/nintei/training";

    static boolean asked(Map<String, String> env) {
        return "1".equals(env.get("NINTEI_AOT_TRAINING"));
    }

    /**
     * The training run; its exit status (not 0: the window never showed its whole dashboard). It runs only on the
     * logbook {@code NINTEI_DB} names (aot.sh's own, in a temporary folder), never on the user's.
     */
    static int run(Map<String, String> env, PrintStream err) {
        if (env.get(LogbookLocation.ENV_VARIABLE) == null) {
            err.println("nintei: training needs " + LogbookLocation.ENV_VARIABLE + " (a logbook of its own)");
            return 2;
        }
        Preferences.readAhead(NODE); // as a start does
        LogbookOpening.ahead(LogbookLocation.resolve(null, env));
        Application.launch(Training.class);
        return done ? 0 : 1;
    }

    @Override
    public void start(Stage stage) {
        Path file = LogbookLocation.resolve(null, System.getenv());
        drive(stage, file, new Preferences(NODE), whole -> {
            done = whole;
            Platform.exit();
        });
    }

    /**
     * Opens the window on {@code file}, waits for the whole dashboard (the parts built after the gauges' frame), shows
     * each screen in turn for a few frames, closes the window and tells {@code end} true — once; false when
     * {@link #DEADLINE} passed first, or a step failed.
     */
    static void drive(Stage stage, Path file, Preferences preferences, Consumer<Boolean> end) {
        preferences.clear();
        boolean[] ended = {false};
        Consumer<Boolean> once = whole -> {
            if (!ended[0]) {
                ended[0] = true;
                preferences.clear();
                end.accept(whole);
            }
        };
        PauseTransition deadline = new PauseTransition(DEADLINE);
        deadline.setOnFinished(e -> once.accept(false));
        deadline.play();
        NinteiApp.openIn(stage, file, null, preferences, window -> step(stage, 0, 0, whole -> {
            deadline.stop();
            window.close();
            once.accept(whole);
        }, once));
    }

    private static void step(Stage stage, int screen, int frames, Consumer<Boolean> end, Consumer<Boolean> failed) {
        try {
            Node whole = stage.getScene().lookup("#historyCard");
            if (screen == 0 && whole == null || screen > 0 && frames < 4) {
                FxTaskRunner.afterFrame(stage.getScene(), () -> step(stage, screen, frames + 1, end, failed));
            } else if (screen < screens(stage).size()) {
                screens(stage).get(screen).fire();
                FxTaskRunner.afterFrame(stage.getScene(), () -> step(stage, screen + 1, 0, end, failed));
            } else {
                end.accept(true);
            }
        } catch (RuntimeException e) { // a screen not found: the run fails at once, not at its deadline
            e.printStackTrace();
            failed.accept(false);
        }
    }

    /**
     * The screens to show, in order: the buttons of the window's navigation after the first (the dashboard, shown at
     * start), then the first again. Each loads its view and its table's first page.
     */
    private static List<ToggleButton> screens(Stage stage) {
        List<ToggleButton> nav = stage.getScene().getRoot().lookupAll(".nav-button").stream()
                .map(ToggleButton.class::cast).toList();
        List<ToggleButton> order = new ArrayList<>(nav.subList(1, nav.size()));
        order.add(nav.get(0));
        return order;
    }
}
