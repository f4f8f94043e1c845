package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import jp.nintei.ui.Theme;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs people meet — Help → About and a confirmation — in the light and the dark theme: each follows the theme
 * (a dark dialog over a dark window, not a white one), its words meet WCAG AA contrast on its background, and a
 * picture of each is left in target/dialogs/ to look at. A confirmation's buttons speak the app's language.
 */
class DialogsInBothThemesTest extends AppWindowTestBase {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    void aboutAndAConfirmationFollowTheThemeAndAreReadable(FxRobot robot) throws Exception {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> window.themeForThisRun(theme));
            MenuItem about = ((MenuBar) robot.lookup("#menuBar").query()).getMenus().stream()
                    .flatMap(m -> m.getItems().stream()).filter(i -> "aboutItem".equals(i.getId())).findFirst()
                    .orElseThrow();
            Platform.runLater(about::fire);
            check(robot, theme, "About");
            AtomicReference<Boolean> answer = new AtomicReference<>();
            Platform.runLater(() -> answer.set(new FxDialogs(stage, window.session().l10n()).confirm("削除", "この案件を削除しますか？")));
            List<String> buttons = check(robot, theme, "Confirm");
            assertEquals(List.of("OK", "キャンセル"), buttons, "in the app's language, whatever the system's");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        }
    }

    /** The dialog now open: its background is the theme's, its text readable on it; a picture; then Escape. */
    private List<String> check(FxRobot robot, Theme theme, String name) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot) != null);
        DialogPane pane = (DialogPane) dialog(robot).getScene().getRoot();
        robot.interact(() -> {
            pane.applyCss();
            pane.layout();
        });
        Color background = ContrastTest.background(pane);
        boolean dark = ContrastTest.luminance(background) < 0.2;
        assertTrue(dark == (theme == Theme.DARK), name + " in the " + theme + " theme has background " + background);
        for (Node node : pane.lookupAll(".label")) {
            Label label = (Label) node;
            if (label.isVisible() && label.getText() != null && !label.getText().isBlank()) {
                Color text = ContrastTest.color(label.getTextFill());
                double ratio = ContrastTest.contrast(text, ContrastTest.background(label));
                assertTrue(ratio >= 4.5, name + " (" + theme + "): '" + label.getText() + "' at " + ratio + ":1");
            }
        }
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(pane.getScene().snapshot(null)));
        Path file = Path.of("target/dialogs", name + "-" + theme.id() + ".png");
        Files.createDirectories(file.getParent());
        ImageIO.write(DashboardScreenshotTest.toBufferedImage(image.get()), "png", file.toFile());
        List<String> buttons = pane.getButtonTypes().stream()
                .map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
        Window open = dialog(robot);
        robot.interact(() -> open.getScene().getRoot().requestFocus());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot) == null);
        return buttons;
    }

    private static Window dialog(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst().orElse(null);
    }
}
