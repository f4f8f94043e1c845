package jp.nintei.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.nintei.ui.Fixture;
import jp.nintei.domain.JobStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobsPresenterTest {

    @TempDir
    Path dir;
    Fixture fx;
    JobsPresenter jobs;

    @BeforeEach
    void setUp() {
        fx = new Fixture(dir);
        jobs = new JobsPresenter(fx.session, fx.dialogs);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void aBadAmountIsShownAsYouTypeAndNothingInvalidIsSaved() {
        jobs.title.textProperty().set("LP制作");
        jobs.amount.textProperty().set("12万");
        assertEquals("Enter whole yen, e.g. 42000", jobs.amount.error());
        assertFalse(jobs.form().isValid());
        assertFalse(jobs.save());
        assertTrue(fx.store.jobs().all().isEmpty());

        jobs.amount.textProperty().set("120,000");
        assertEquals("", jobs.amount.error());
        assertTrue(jobs.save());
        assertEquals(120_000L, fx.store.jobs().all().get(0).amountJpy());
        assertEquals("Job \"LP制作\" added", fx.session.statusProperty().get());
    }

    @Test
    void aNewFormDoesNotOpenFullOfErrorsButCannotBeSavedEmpty() {
        assertEquals("", jobs.title.error());
        assertFalse(jobs.form().isValid());
        jobs.title.textProperty().set("x");
        jobs.title.textProperty().set("");
        assertEquals("Required", jobs.title.error());
    }

    @Test
    void aClosedJobNeedsItsClosingDayAndItMayNotPrecedeTheOrder() {
        jobs.title.textProperty().set("x");
        jobs.orderedOn.textProperty().set("2026-11-01");
        jobs.status.set(JobStatus.COMPLETED);
        assertEquals("A completed or cancelled job needs this date", jobs.closedOn.error());
        jobs.closedOn.textProperty().set("2026-10-31");
        assertEquals("This is before the order date", jobs.closedOn.error());
        jobs.closedOn.textProperty().set("2026/11/05");
        assertTrue(jobs.form().isValid());
        jobs.status.set(JobStatus.IN_PROGRESS);
        assertEquals("Leave empty while the job is in progress", jobs.closedOn.error());
    }

    @Test
    void editingAJobSavesOverIt() {
        jobs.title.textProperty().set("draft");
        jobs.save();
        jobs.edit(jobs.rows().get(0));
        jobs.title.textProperty().set("final");
        jobs.save();
        assertEquals(1, fx.store.jobs().all().size());
        assertEquals("final", fx.store.jobs().all().get(0).title());
    }
}
