package jp.nintei.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.Job;
import java.nio.file.Path;
import jp.nintei.ui.Fixture;
import jp.nintei.domain.JobColumn;
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
        assertEquals("'12万' is not a whole number of yen from 0 to 999,999,999,999", jobs.amount.error());
        assertFalse(jobs.form().isValid());
        assertFalse(jobs.save());
        assertTrue(fx.store.jobs().all().isEmpty());

        jobs.amount.textProperty().set("120,000");
        assertEquals("", jobs.amount.error());
        assertTrue(jobs.save());
        assertEquals(120_000L, fx.store.jobs().all().get(0).amountJpy());
        assertEquals("Job \"LP制作\" added", fx.session.status().textProperty().get());
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
        // the job's own rule (Job.checkClosedOn), in the words the CSV import uses
        assertEquals("a completed or cancelled job needs the day it was closed", jobs.closedOn.error());
        jobs.closedOn.textProperty().set("2026-10-31");
        assertEquals("2026-10-31 is before the order date, 2026-11-01", jobs.closedOn.error());
        jobs.closedOn.textProperty().set("2026/11/05");
        assertTrue(jobs.form().isValid());
        jobs.status.set(JobStatus.IN_PROGRESS);
        assertEquals("a job in progress has no closing day yet: leave it empty, or change the status",
                jobs.closedOn.error());
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

    @Test
    void theTableShowsNewestFirstAPageAtATimeAndSearchesAndSortsInSql() {
        List<Job> many = new ArrayList<>();
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 2_500; i++) {
            many.add(new Job(0, "記事 " + i, i % 100 == 0 ? "さくら出版" : "田中様", "", first.plusDays(i),
                    JobStatus.IN_PROGRESS, null, null, false, i == 1234 ? "急ぎ 50%" : ""));
        }
        fx.store.jobs().addAll(many);
        jobs.title.textProperty().set("one more");
        jobs.save(); // a change anywhere reloads the table

        var rows = jobs.rows();
        assertEquals(2_501, rows.size());
        assertEquals("one more", rows.get(0).title(), "newest order date first (the form's default is today)");
        assertEquals("記事 2499", rows.get(1).title());
        assertEquals("記事 0", rows.get(2_500).title());
        assertTrue(rows.held() <= 2 * 100, "only the pages read so far are held: " + rows.held());
        for (int i = 0; i < rows.size(); i += 50) {
            rows.get(i);
        }
        assertTrue(rows.held() <= 8 * 100, "a scroll through everything keeps at most 8 pages: " + rows.held());

        jobs.searchProperty().set("さくら");
        assertEquals(25, rows.size());
        assertTrue(rows.stream().allMatch(j -> j.client().equals("さくら出版")));
        jobs.searchProperty().set("50%"); // % and _ are text, not wildcards
        assertEquals(1, rows.size());
        assertEquals("記事 1234", rows.get(0).title());

        jobs.searchProperty().set("");
        jobs.sortBy(JobColumn.TITLE, true);
        assertEquals("one more", rows.get(0).title());
        assertEquals("記事 0", rows.get(1).title());
        assertEquals("記事 999", rows.get(rows.size() - 1).title());
    }

    @Test
    void theCategoryFieldOffersTheCategoriesAlreadyUsed() {
        for (String category : new String[] {"記事作成", "翻訳", "記事作成"}) {
            jobs.title.textProperty().set("job");
            jobs.category.textProperty().set(category);
            jobs.save();
        }
        assertEquals(List.of("翻訳", "記事作成"), jobs.categories());
    }
}
