package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Stage;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.store.LogbookStore;
import jp.nintei.ui.Localization;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The what-if's list of open jobs stays light with hundreds of them: its drop-down makes rows only for the jobs it
 * shows. A ChoiceBox made a menu item for each of 191 open jobs on the big logbook, 2.3 s of the FX thread at every
 * start before the gauges showed (AppProbe), and again each time the list was opened. Choosing one still works.
 */
class OpenJobsPickerTest extends AppWindowTestBase {

    private static final int OPEN_JOBS = 300;
    /** The what-if lists the 200 most recent open jobs ({@code Workspace.openJobs}). */
    private static final int LISTED = 200;

    @Override
    Locale language() {
        return Localization.ENGLISH;
    }

    @Override
    void seed(LogbookStore store) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < OPEN_JOBS; i++) {
            jobs.add(new Job(0, "job " + i, "client " + i, "", LocalDate.now().minusDays(i % 60), JobStatus.IN_PROGRESS,
                    null, null, false, ""));
        }
        store.jobs().addAll(jobs);
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void hundredsOfOpenJobsAreListedWithoutARowForEach(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<Job> picker = (ComboBox<Job>) robot.lookup("#whatIfJob").query();
        waitUntil(() -> picker.getItems().size() == LISTED);
        // its drop-down is a list that makes rows only for what it shows (a ChoiceBox's is a menu item per job);
        // the rows themselves are not counted here: a pop-up does not open on the headless platform
        assertTrue(((ComboBoxListViewSkin<?>) picker.getSkin()).getPopupContent() instanceof ListView<?> list
                && list.getItems() == picker.getItems());

        Job last = picker.getItems().get(LISTED - 1);
        robot.interact(() -> {
            picker.getSelectionModel().select(LISTED - 1);
            picker.hide();
        });
        assertEquals(last, picker.getValue());
        String shown = picker.getConverter().toString(picker.getValue()); // what its cells say of it
        assertTrue(shown.contains(last.title()) && shown.contains(last.client()), shown);
    }
}
