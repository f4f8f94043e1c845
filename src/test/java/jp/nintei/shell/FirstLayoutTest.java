package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import jp.nintei.domain.Review;
import jp.nintei.domain.ReviewRating;
import jp.nintei.store.LogbookStore;
import jp.nintei.ui.Localization;
import jp.nintei.ui.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's first layout — the longest of all, the styles of everything it shows — is made with the measured
 * numbers: the app's window takes the stage from the opening window once its first measure is in, so no second
 * layout follows for the numbers alone (issue 18). A measure that does not come in time does not hold the window back.
 */
class FirstLayoutTest extends NinteiAppTestBase {

    private static final String PREFERENCES = "/jp/nintei/test-first-layout";

    @TempDir
    Path dir;
    private final Locale before = Locale.getDefault();
    private Stage other;
    private AppWindow window;
    private final CountDownLatch release = new CountDownLatch(1);
    private final FxTaskRunner real = new FxTaskRunner();

    @Override
    String preferences() {
        return PREFERENCES;
    }

    @AfterEach
    void closeAndRestore() throws Exception {
        Locale.setDefault(before);
        release.countDown();
        real.close();
        if (window != null) {
            AppWindow w = window;
            org.testfx.api.FxToolkit.setupFixture(() -> {
                w.close();
                other.hide();
            });
        }
    }

    @Test
    void theAppTakesTheWindowWithItsNumbersAlreadyMeasured(FxRobot robot) throws Exception {
        Path file = logbookRated4();
        List<String> firstShown = new CopyOnWriteArrayList<>();
        startApp(robot, file, stage -> stage.sceneProperty().addListener((obs, old, now) -> {
            if (now.lookup("#menuBar") != null) { // the app's scene, not the opening window's
                now.getRoot().applyCss(); // the screen's scroll pane holds the dashboard once it has its skin
                firstShown.add(ratingShown(now));
                firstShown.add(now.lookup("#pendingList") == null ? "no replies' list" : "replies' list");
                firstShown.add(now.lookup("#sampleButton") == null ? "no welcome" : "welcome");
            }
        }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !firstShown.isEmpty());
        assertEquals(List.of("4.00", "no replies' list", "no welcome"), firstShown,
                "the rating as measured in the window's first layout, which styles only the header and the gauges");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getScene().lookup("#pendingList") != null);
        assertEquals(null, stage.getScene().lookup("#sampleButton"), "a logbook with data never builds the welcome");
    }

    /** The first run's welcome, built the first time it is shown, is in the window's first layout. */
    @Test
    void anEmptyLogbooksFirstLayoutHoldsTheWelcome(FxRobot robot) throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        List<Boolean> welcome = new CopyOnWriteArrayList<>();
        startApp(robot, dir.resolve("nintei.db"), stage -> stage.sceneProperty().addListener((obs, old, now) -> {
            if (now.lookup("#menuBar") != null) {
                now.getRoot().applyCss();
                welcome.add(now.lookup("#sampleButton") != null && now.lookup("#welcomePane").isVisible());
            }
        }));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !welcome.isEmpty());
        assertEquals(List.of(true), welcome);
    }

    @Test
    void aMeasureThatDoesNotComeInTimeDoesNotHoldTheWindowBack(FxRobot robot) throws Exception {
        Path file = logbookRated4();
        TaskRunner held = new TaskRunner() { // every piece of work waits until the test releases it
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
                real.run(() -> {
                    release.await();
                    return work.call();
                }, onSuccess, onFailure);
            }
        };
        LogbookStore store = LogbookStore.open(file);
        long asked = System.nanoTime();
        boolean[] showingAtOnce = {true};
        robot.interact(() -> {
            other = new Stage();
            window = AppWindow.open(other, store, held, Clock.systemDefaultZone(), new Localization(Locale.ENGLISH),
                    new Preferences(PREFERENCES));
            showingAtOnce[0] = other.isShowing(); // asked on the FX thread: the wait cannot have ended in between
        });
        assertFalse(showingAtOnce[0], "the window waits a moment for its numbers");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, other::isShowing);
        assertTrue(System.nanoTime() - asked >= TimeUnit.MILLISECONDS.toNanos(
                (long) AppWindow.FIRST_ANSWER_WAIT.toMillis()), "shown after the wait, not before");
        assertFalse(window.session().shown().answeredProperty().get());
        String standIn = WaitForAsyncUtils.asyncFx(() -> ratingShown(other.getScene())).get();
        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "4.00".equals(ratingShown(other.getScene())));
        assertNotEquals("4.00", standIn, "the numbers came after the window showed");
    }

    /** A logbook whose one review gives a rating of 4.00 (the stand-in before a measure shows none). */
    private Path logbookRated4() {
        Path file = dir.resolve("nintei.db");
        Locale.setDefault(Locale.ENGLISH);
        try (LogbookStore store = LogbookStore.open(file)) {
            store.reviews().add(new Review(0, "A", LocalDate.now().minusDays(3), ReviewRating.STARS_4, ""));
        }
        return file;
    }

    private static String ratingShown(Scene scene) {
        Label value = (Label) scene.lookup("#gauge-rating .gauge-value");
        return value == null ? "(no rating gauge)" : value.getText();
    }
}
