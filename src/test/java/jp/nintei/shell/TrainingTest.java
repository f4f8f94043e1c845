package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The installer's training run for the window's ahead-of-time cache ({@code aot.sh}) opens the window, waits for the
 * whole dashboard, shows every screen and ends: a screen it cannot find would leave the window without its cache.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void showsEveryScreenOnceTheDashboardIsWholeThenEnds(FxRobot robot, @TempDir Path dir) throws Exception {
        CompletableFuture<Boolean> ended = new CompletableFuture<>();
        List<Object> shown = new CopyOnWriteArrayList<>();
        Preferences preferences = new Preferences("/jp/nintei/training-test");
        robot.interact(() -> {
            stage.sceneProperty().addListener((obs, old, scene) -> scene.getRoot().lookupAll(".nav-button")
                    .forEach(nav -> ((ToggleButton) nav).selectedProperty().addListener((o, was, is) -> {
                        if (is) {
                            shown.add(nav.getUserData());
                        }
                    })));
            Training.drive(stage, dir.resolve("nintei.db"), preferences, ended::complete);
        });
        assertTrue(ended.get(60, TimeUnit.SECONDS), "the dashboard became whole and every screen was found");
        assertEquals(List.of("JOBS", "MESSAGES", "REVIEWS", "SETTINGS", "DASHBOARD"), shown);
        assertTrue(Files.exists(dir.resolve("nintei.db")));
    }

    @Test
    void trainsOnlyOnALogbookOfItsOwn() {
        var err = new java.io.ByteArrayOutputStream();
        assertEquals(2, Training.run(java.util.Map.of("NINTEI_AOT_TRAINING", "1"), new java.io.PrintStream(err, true)),
                "without NINTEI_DB it would open the user's own logbook");
        assertTrue(err.toString().contains("NINTEI_DB"), err.toString());
    }
}
