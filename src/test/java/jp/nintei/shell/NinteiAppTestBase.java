package jp.nintei.shell;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Starts the app as {@code nintei} does ({@link NinteiApp}, its opening window first) on a logbook in a temp folder,
 * in a stage of its own — the primary stage is shared with the other window tests — with preferences of its own.
 */
@ExtendWith(ApplicationExtension.class)
abstract class NinteiAppTestBase {

    Stage stage;
    NinteiApp app;

    /** Where this test's preferences live (never the user's). */
    abstract String preferences();

    @Start
    void start(Stage primary) {
        // the app gets a stage of its own in startApp
    }

    /** Starts the app on {@code file}; returns when {@code start} has, as JavaFX would. */
    void startApp(FxRobot robot, Path file) {
        startApp(robot, file, stage -> { });
    }

    /** As above; {@code before} is told of the stage before the app starts in it. */
    void startApp(FxRobot robot, Path file, java.util.function.Consumer<Stage> before) {
        NinteiApp.options(file.toString(), null, preferences());
        app = new NinteiApp();
        robot.interact(() -> {
            stage = new Stage();
            before.accept(stage);
            app.start(stage);
        });
    }

    @AfterEach
    void quitApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (stage != null) {
            FxToolkit.setupFixture(stage::hide);
        }
        new Preferences(preferences()).clear();
    }
}
