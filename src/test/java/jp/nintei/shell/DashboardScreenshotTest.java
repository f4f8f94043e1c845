package jp.nintei.shell;

import jp.nintei.ui.Theme;
import jp.nintei.ui.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * First run: the welcome offers sample data, in a separate demo logbook that fills every gauge. The dashboard is then saved as a PNG —
 * to {@code target/dashboard.png}, or where {@code -Dnintei.screenshot=FILE} says (the README's screenshot is made so).
 */
class DashboardScreenshotTest extends AppWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void sampleDataFillsTheDashboard(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#welcomePane").query().isVisible());
        robot.clickOn("#sampleButton");
        waitUntil(() -> !robot.lookup("#welcomePane").query().isVisible());
        waitUntil(() -> robot.lookup("#pendingList").queryListView().getItems().size() == 3);
        for (String id : new String[] {"reply_rate", "completion_rate", "earnings", "rating", "verification"}) {
            assertTrue(!text(robot, "#gauge-" + id + " .gauge-value").equals("—"), id);
        }
        assertEquals("2 / 3", text(robot, "#gauge-verification .gauge-value"));
        assertEquals("サンプルデータを別のデモ用ログブックで表示しています。あなたのログブックは変わりません",
                text(robot, "#statusLabel"));
        assertTrue(robot.lookup("#demoPane").query().isVisible(), "the dashboard says it is the demo");
        assertEquals("Nintei — サンプルデータ（デモ）", ((Stage) robot.lookup("#statusLabel").query().getScene().getWindow())
                .getTitle());
        assertEquals("サンプルデータ（デモ）— あなたのログブックは変更されません", text(robot, "#logbookLabel"));

        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(robot.lookup("#statusLabel").query().getScene().snapshot(null)));
        WaitForAsyncUtils.waitForFxEvents();
        Path target = Path.of(System.getProperty("nintei.screenshot", "target/dashboard.png"));
        Files.createDirectories(target.toAbsolutePath().getParent());
        ImageIO.write(toBufferedImage(image.get()), "png", target.toFile());
        assertTrue(Files.size(target) > 10_000);
        // the same in the dark theme, beside it (dashboard-dark.png): the README shows both
        robot.interact(() -> window.themeForThisRun(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> image.set(robot.lookup("#statusLabel").query().getScene().snapshot(null)));
        Path dark = target.resolveSibling(target.getFileName().toString().replace(".png", "-dark.png"));
        ImageIO.write(toBufferedImage(image.get()), "png", dark.toFile());
        assertTrue(image.get().getPixelReader().getColor(5, (int) image.get().getHeight() / 2).getBrightness() < 0.3,
                "the dark theme is dark");
        robot.interact(() -> window.themeForThisRun(Theme.LIGHT));

        robot.clickOn("#leaveDemoButton");
        waitUntil(() -> robot.lookup("#welcomePane").query().isVisible());
        assertTrue(store.isEmpty(), "the user's own logbook never held the sample data");
        assertEquals(store.file().toString(), text(robot, "#logbookLabel"));
    }

    static BufferedImage toBufferedImage(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return out;
    }
}
