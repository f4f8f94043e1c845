package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Toggle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.nintei.ui.Localization;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every control of every screen is reached with Tab alone (issue 19, item 5): from the screen's button in the side
 * bar, pressing Tab visits each visible, enabled control a user acts on — buttons, fields, choices, tables, the
 * what-if spinners, the compare card — before coming back round. (The menus take F10 or Alt, and a group of toggles
 * one stop, its chosen one, as on every desktop.) A control left out of the focus order (not focus
 * traversable, or hidden inside a collapsed pane that still takes focus) fails here by name.
 */
class FocusOrderTest extends AppWindowTestBase {

    @Override
    Locale language() {
        return Localization.ENGLISH;
    }

    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        open(stage);
    }

    @Test
    void tabReachesEveryControlOfEveryScreen(FxRobot robot) throws Exception {
        List<String> missed = new ArrayList<>();
        for (String nav : new String[] {"#navDashboard", "#navJobs", "#navMessages", "#navReviews", "#navSettings"}) {
            robot.clickOn(nav);
            robot.interact(() -> { });
            Parent root = stage.getScene().getRoot();
            List<Node> controls = new ArrayList<>();
            robot.interact(() -> collect(root, controls));
            Set<Node> reached = new LinkedHashSet<>();
            for (int i = 0; i < controls.size() * 2 + 20 && !reached.containsAll(controls); i++) {
                robot.type(KeyCode.TAB);
                Node focused = stage.getScene().getFocusOwner();
                for (Node n = focused; n != null; n = n.getParent()) {
                    reached.add(n); // a spinner's or a combo's editor stands for its control
                }
            }
            for (Node control : controls) {
                if (!reached.contains(control)) {
                    missed.add(nav + ": " + describe(control));
                }
            }
        }
        assertEquals(List.of(), missed, "not reached with Tab");
    }

    /** The controls a user acts on, as they are shown now: visible with every parent, enabled, in an open pane. */
    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled() || node instanceof MenuBar) {
            return; // the menus are reached with F10 or Alt and the arrow keys, as on every desktop
        }
        if (node instanceof Toggle toggle && toggle.getToggleGroup() != null
                && !toggle.isSelected()) {
            return; // a group of toggles takes one Tab stop, its chosen one; the arrow keys move within it
        }
        if (node instanceof TitledPane pane && !pane.isExpanded()) {
            found.add(pane); // its title is what Tab reaches while it is closed
            return;
        }
        if (node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase
                || node instanceof ChoiceBox || node instanceof TableView || node instanceof Spinner
                || node instanceof ListView) {
            if (!(node.getParent() instanceof Spinner) && !(node.getParent() instanceof ComboBoxBase)
                    && !insideCell(node)) {
                found.add(node);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /** A button inside a list's cell: the list takes the focus, its cells' buttons are reached by the mouse. */
    private static boolean insideCell(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof IndexedCell<?>) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + text
                + (node instanceof Control c && !c.isFocusTraversable() ? " (not focus traversable)" : "");
    }
}
