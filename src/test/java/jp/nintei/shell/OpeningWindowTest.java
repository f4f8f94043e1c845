package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window comes first, the logbook after (issue 18): the app shows its window, saying it opens the logbook, before
 * opening it — on a thread of its own — so a slow opening (the first start of a day checks every page of a big
 * logbook) never holds back the first frame or freezes it. Here the logbook is held by the test, so opening waits;
 * before this change {@code start} itself waited, and no window showed until the logbook was open.
 */
@ExtendWith(ApplicationExtension.class)
class OpeningWindowTest {

    private static final String PREFERENCES = "/jp/nintei/test-opening";

    @TempDir
    Path dir;
    private Stage stage;
    private NinteiApp app;
    private final Locale before = Locale.getDefault();

    @Start
    void start(Stage primary) {
        // a stage of its own: the primary stage is shared with the other window tests
    }

    @AfterEach
    void quit() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (stage != null) {
            FxToolkit.setupFixture(stage::hide);
        }
        new Preferences(PREFERENCES).clear();
        Locale.setDefault(before);
    }

    @Test
    void theWindowShowsAtOnceAndTheAppFillsItOnceTheLogbookIsOpen(FxRobot robot) throws Exception {
        Path file = dir.resolve("nintei.db");
        Locale.setDefault(Locale.ENGLISH);
        new Preferences(PREFERENCES).clear();
        LogbookStore held = LogbookStore.open(file); // holds the logbook: the app's opening waits for it
        try {
            NinteiApp.options(file.toString(), null, PREFERENCES);
            app = new NinteiApp();
            robot.interact(() -> {
                stage = new Stage();
                app.start(stage);
            });

            assertTrue(stage.isShowing(), "the window shows while the logbook is still being opened");
            Label opening = robot.lookup("#" + OpeningWindow.ID).queryAs(Label.class);
            assertEquals("Opening your logbook…", opening.getText());
            assertEquals("Nintei", stage.getTitle().substring(0, 6));
        } finally {
            held.close();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#menuBar").tryQuery().isPresent());
        assertTrue(robot.lookup("#" + OpeningWindow.ID).tryQuery().isEmpty(), "the app has taken the window");
    }
}
