package jp.nintei.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import jp.nintei.store.LogbookLocation;

/**
 * The run that teaches the installed app's window cache what a start of the window loads.
 * {@code packaging/linux/aot.sh} starts it as {@code nintei} alone with {@code NINTEI_AOT_TRAINING=1}, JavaFX's
 * headless platform and {@code -XX:AOTCacheOutput}: the window on a small logbook, each screen shown once, then it
 * quits. (The commands have a cache of their own, trained on {@code summary}: one cache for both made every command
 * 90 ms slower, its JavaFX classes loaded and linked at each start.)
 */
public final class Training extends Application {

    /** The screens shown, in order: each loads its view and its table's first page. */
    private static final List<String> SCREENS = List.of("#navJobs", "#navMessages", "#navReviews", "#navSettings",
            "#navDashboard");
    /** Frames waited for what a step waits for (each at most a quarter of a second: {@link FxTaskRunner#afterFrame}). */
    private static final int PATIENCE = 120;
    private static volatile boolean done;

    static boolean asked(Map<String, String> env) {
        return "1".equals(env.get("NINTEI_AOT_TRAINING"));
    }

    /** The training run; its exit status (not 0: the window never showed its whole dashboard). */
    static int run() {
        Application.launch(Training.class);
        return done ? 0 : 1;
    }

    @Override
    public void start(Stage stage) {
        drive(stage, LogbookLocation.resolve(null, System.getenv()), new Preferences("/jp/nintei/training"), whole -> {
            done = whole;
            Platform.exit();
        });
    }

    /**
     * Opens the window on {@code file}, waits for the whole dashboard (the parts built after the gauges' frame), shows
     * each screen in turn for a few frames, closes the window and tells {@code end} true; false when a step waited
     * {@link #PATIENCE} frames in vain.
     */
    static void drive(Stage stage, Path file, Preferences preferences, Consumer<Boolean> end) {
        preferences.clear();
        NinteiApp.openIn(stage, file, null, preferences, window -> step(stage, 0, 0, whole -> {
            preferences.clear();
            window.close();
            end.accept(whole);
        }));
    }

    private static void step(Stage stage, int screen, int frames, Consumer<Boolean> end) {
        if (frames > PATIENCE) {
            end.accept(false);
            return;
        }
        Node whole = stage.getScene().lookup("#historyCard");
        if (screen == 0 && whole == null || screen > 0 && frames < 4) {
            FxTaskRunner.afterFrame(stage.getScene(), () -> step(stage, screen, frames + 1, end));
        } else if (screen < SCREENS.size()) {
            ((ToggleButton) stage.getScene().lookup(SCREENS.get(screen))).fire();
            FxTaskRunner.afterFrame(stage.getScene(), () -> step(stage, screen + 1, 0, end));
        } else {
            end.accept(true);
        }
    }
}
