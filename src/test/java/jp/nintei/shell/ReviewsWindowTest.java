package jp.nintei.shell;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import org.testfx.util.WaitForAsyncUtils;
import jp.nintei.ui.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.List;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import jp.nintei.domain.ReviewRating;
import org.controlsfx.control.Rating;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Reviews through the real form: the star control, 満足 / 残念, and a delete that asks first. */
class ReviewsWindowTest extends AppWindowTestBase {

    @Override
    Locale language() {
        return Localization.ENGLISH;
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void starsAndSatisfactionAreSavedAndDeletingAsksFirst(FxRobot robot) throws Exception {
        robot.clickOn("#navReviews");
        robot.clickOn("#reviewClientField").write("Sakura");
        Rating stars = robot.lookup("#stars").query();
        robot.clickOn(stars); // the middle of five stars
        waitUntil(() -> stars.getRating() == 3.0);
        robot.clickOn("#reviewSaveButton");
        waitUntil(() -> store.reviews().all().size() == 1);
        assertEquals(ReviewRating.STARS_3, store.reviews().all().get(0).rating());

        robot.clickOn("#satisfiedRadio");
        robot.clickOn("#reviewClientField").write("Web Kobo");
        robot.clickOn("#reviewSaveButton");
        waitUntil(() -> store.reviews().all().size() == 2);
        assertEquals(ReviewRating.SATISFIED, store.reviews().all().get(1).rating());

        robot.clickOn("#navDashboard");
        waitUntil(() -> text(robot, "#gauge-rating .gauge-value").equals("3.00"));

        robot.clickOn("#navReviews");
        TableView<?> table = robot.lookup("#reviewsTable").queryTableView();
        // Newest first: Sakura's star review, saved first, is the second row (a TableView also keeps an invisible
        // row for measuring).
        waitUntil(() -> table.getItems().size() == 2 && table.getItems().get(1) != null);
        robot.clickOn(robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> row) -> row.isVisible() && row.getIndex() == 1)
                .queryAs(Node.class));
        dialogs.confirmAnswer = false;
        robot.clickOn("#reviewDeleteButton");
        WaitForAsyncUtils.waitForFxEvents();
        // A delete that went ahead would have emptied the form at once (its row is gone): the refused one keeps it.
        Button delete = robot.lookup("#reviewDeleteButton").queryButton();
        assertFalse(delete.isDisabled(), "the refused review is still open in the form");
        dialogs.confirmAnswer = true;
        robot.clickOn("#reviewDeleteButton");
        waitUntil(() -> store.reviews().all().size() == 1);
        assertEquals(List.of("Web Kobo"), store.reviews().all().stream().map(r -> r.client()).toList());
        waitUntil(() -> table.getItems().size() == 1);
        assertTrue(dialogs.asked.stream().anyMatch(q -> q.startsWith("Delete the review Sakura")), dialogs.asked.toString());
        robot.clickOn("#navDashboard");
        waitUntil(() -> text(robot, "#gauge-rating .gauge-value").equals("—"));
    }
}
