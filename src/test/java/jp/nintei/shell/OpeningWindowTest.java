package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.text.Text;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window comes first, the logbook after (issue 18): the app shows its window, saying it opens the logbook, before
 * opening it — on a thread of its own — so a slow opening (the first start of a day checks every page of a big
 * logbook) never holds back the first frame or freezes it. Here the logbook is held by the test, so opening waits;
 * before this change {@code start} itself waited, and no window showed until the logbook was open.
 */
class OpeningWindowTest extends NinteiAppTestBase {

    private static final String PREFERENCES = "/jp/nintei/test-opening";

    @TempDir
    Path dir;
    private final Locale before = Locale.getDefault();

    @Override
    String preferences() {
        return PREFERENCES;
    }

    @AfterEach
    void language() {
        Locale.setDefault(before);
    }

    @Test
    void theWindowShowsAtOnceAndTheAppFillsItOnceTheLogbookIsOpen(FxRobot robot) throws Exception {
        Path file = dir.resolve("nintei.db");
        Locale.setDefault(Locale.ENGLISH);
        new Preferences(PREFERENCES).clear();
        LogbookStore held = LogbookStore.open(file); // holds the logbook: the app's opening waits for it
        try {
            startApp(robot, file);

            assertTrue(stage.isShowing(), "the window shows while the logbook is still being opened");
            Text opening = robot.lookup("#" + OpeningWindow.ID).queryAs(Text.class);
            assertEquals("Opening your logbook…", opening.getText());
            assertEquals("Nintei", stage.getTitle().substring(0, 6));
            // an opening that takes a while shows that it goes on (a quick one has no spinner to draw)
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> robot.lookup(".progress-indicator").tryQuery().isPresent());
        } finally {
            held.close();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#menuBar").tryQuery().isPresent());
        assertTrue(robot.lookup("#" + OpeningWindow.ID).tryQuery().isEmpty(), "the app has taken the window");
    }
}
