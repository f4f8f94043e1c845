package jp.nintei.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.junit.jupiter.api.Assertions;
import org.testfx.api.FxToolkit;
import jp.nintei.ui.*;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import jp.nintei.store.StoreCalls;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window on a logbook in a temp folder, with the real background runner and the real clock. */
@ExtendWith(ApplicationExtension.class)
abstract class AppWindowTestBase {

    Path dir;
    LogbookStore store;
    AppWindow window;
    final Fixture.ScriptedDialogs dialogs = new Fixture.ScriptedDialogs();
    final Preferences preferences = new Preferences("/jp/nintei/test-ui");

    /** Seeds the logbook before the window opens. */
    void seed(LogbookStore store) {
    }

    Locale language() {
        return Localization.JAPANESE;
    }

    void open(Stage stage) {
        try {
            dir = Files.createTempDirectory("nintei-ui");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        preferences.clear();
        store = LogbookStore.open(dir.resolve("nintei.db"));
        seed(store);
        // From here on the app must never touch the logbook on the FX thread (it would freeze the window).
        fxThreadStoreCalls.clear();
        storeCalls = StoreCalls.watch(() -> {
            if (Platform.isFxApplicationThread()) {
                fxThreadStoreCalls.add(new Throwable("store call on the FX Application Thread"));
            }
        });
        window = AppWindow.open(stage, store, new FxTaskRunner(), Clock.systemDefaultZone(),
                new Localization(language()), preferences, dialogs);
    }

    private StoreCalls storeCalls;

    /**
     * The dashboard builds its what-if card, its comparison and its chart once the gauges are on the screen
     * ({@code DashboardController.PARTS}): each test starts with the whole window there.
     */
    @BeforeEach
    void wholeDashboard(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#historyCard").tryQuery().isPresent());
    }

    /** Store calls the app made on the FX thread while the window was open: there must be none. */
    final List<Throwable> fxThreadStoreCalls = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.hideStage();
        WaitForAsyncUtils.waitForFxEvents();
        storeCalls.close();
        if (window != null) {
            window.close();
        }
        preferences.clear();
        if (!fxThreadStoreCalls.isEmpty()) {
            StringWriter trace = new StringWriter();
            fxThreadStoreCalls.get(0).printStackTrace(new PrintWriter(trace));
            Assertions.fail(fxThreadStoreCalls.size() + " store call(s) on the FX thread; the first:\n"
                    + trace);
        }
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Labeled) node).getText();
    }
}
