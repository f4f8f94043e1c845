package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Keep reminding me when the window is closed": closing the window leaves Nintei running without it, holding nothing
 * open — the CLI (here, a store opened for writing) can write to the logbook — and starting Nintei again asks the
 * running one to show its window instead of failing on the logbook's lock.
 */
class KeepRemindingTest extends NinteiAppTestBase {

    @TempDir
    Path dir;

    @Override
    String preferences() {
        return "/jp/nintei/test-keep-reminding";
    }

    @Test
    void closingTheWindowKeepsRemindingHoldsNothingAndASecondStartShowsTheWindow(FxRobot robot) throws Exception {
        Path file = dir.resolve("nintei.db");
        Preferences preferences = new Preferences(preferences());
        preferences.clear();
        preferences.saveReminders(true, 120, true);
        startApp(robot, file);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#menuBar").tryQuery().isPresent());
        assertTrue(Files.exists(SingleInstance.fileFor(file)), "the running Nintei can be found");

        robot.interact(stage::close); // the window's close button
        assertFalse(stage.isShowing());
        // nothing held: another program writes to the logbook while Nintei keeps reminding
        try (LogbookStore cli = LogbookStore.open(file)) {
            cli.jobs().add(new Job(0, "from the CLI", "", "", LocalDate.of(2026, 11, 1), JobStatus.IN_PROGRESS, null,
                    null, false, ""));
        }
        assertTrue(Files.exists(SingleInstance.fileFor(file)), "still running, without a window");

        // a second start of Nintei on the same logbook: the running one shows its window
        assertTrue(SingleInstance.askToShow(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.isShowing()
                && robot.lookup("#menuBar").tryQuery().isPresent());
        robot.clickOn("#navJobs");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#jobsTable").queryTableView().getItems().size() == 1);
        assertEquals("from the CLI", ((Job) robot.lookup("#jobsTable").queryTableView().getItems().get(0)).title(),
                "the window shows the logbook as the CLI left it");
    }
}
