package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.testfx.util.WaitForAsyncUtils;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.nintei.domain.Message;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A reply reminder at 1024×640, while the user fills in the Messages form: it is seen, and it covers no field or
 * button of the form (a popup at the bottom right once hid Save and Delete for 15 seconds).
 */
class ReminderPlacementTest extends AppWindowTestBase {

    private Stage stage;

    @Override
    void seed(LogbookStore store) {
        // one hour left of 24: due at once (reminders come 2 hours before)
        store.messages().add(new Message(0, "田中様", OffsetDateTime.now().minusHours(23), null, false, ""));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
        stage.setWidth(SmallWindowTest.WIDTH);
        stage.setHeight(SmallWindowTest.HEIGHT);
    }

    @Test
    void theReminderIsSeenAndCoversNoControlOfTheForm(FxRobot robot) throws Exception {
        robot.clickOn("#navMessages");
        waitUntil(() -> reminderShown() != null);
        Bounds reminder = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> onScreen(reminderShown()));
        List<String> covered = new ArrayList<>();
        Parent form = robot.lookup("#messageSaveButton").queryButton().getParent().getParent();
        for (Node control : controls(form)) {
            Bounds b = control.localToScreen(control.getLayoutBounds());
            if (b != null && b.intersects(reminder)) {
                covered.add(control.getId() == null ? control.toString() : control.getId());
            }
        }
        assertTrue(covered.isEmpty(), "the reminder at " + reminder + " covers " + covered);

        robot.clickOn("#reminderClose");
        waitUntil(() -> !robot.lookup("#reminderBox").query().isVisible());
        assertFalse(robot.lookup("#reminderBox").query().isVisible(), "dismissed");
    }

    @Test
    void clickingTheReminderShowsTheRepliesDue(FxRobot robot) throws Exception {
        robot.clickOn("#navMessages");
        waitUntil(() -> robot.lookup("#reminderBox").tryQuery().map(Node::isVisible).orElse(false));
        robot.clickOn("#reminderLink");
        waitUntil(() -> robot.lookup("#pendingList").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(1, robot.lookup("#pendingList").queryListView().getItems().size());
    }

    /**
     * What shows the reminder's text: the node in the window, or the whole of another window (a popup) showing it.
     */
    private Object reminderShown() {
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            for (Node node : w.getScene().getRoot().lookupAll("*")) {
                if (node instanceof Labeled l && l.getText() != null && l.getText().contains("田中様")
                        && l.getText().contains("24") && visible(node)) {
                    return w == stage ? node : w;
                }
            }
        }
        return null;
    }

    private static Bounds onScreen(Object shown) {
        if (shown instanceof Window w) {
            return new BoundingBox(w.getX(), w.getY(), w.getWidth(), w.getHeight());
        }
        Node node = (Node) shown;
        return node.localToScreen(node.getLayoutBounds());
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<Node> controls(Parent root) {
        List<Node> found = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            if ((node instanceof ButtonBase || node instanceof TextInputControl) && visible(node)) {
                found.add(node);
            }
        }
        return found;
    }
}
