package jp.nintei.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.nintei.app.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import jp.nintei.domain.Job;
import jp.nintei.domain.Message;
import jp.nintei.domain.Settings;
import jp.nintei.jobs.JobsPresenter;
import jp.nintei.messages.MessagesPresenter;
import jp.nintei.store.LogbookStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh form records what is true now, not what was left in it (issue 16, items 1–3): a new message is received
 * when it is saved unless the user says otherwise; a new job has no category of the last one; and a form asks to
 * discard only what differs from what was loaded or saved.
 */
class FreshFormsTest {

    @TempDir
    Path dir;

    @Test
    void anUntouchedReceivedIsTheTimeOfSaveAndATypedOneIsKept() {
        Fixture.MovingClock clock = new Fixture.MovingClock();
        try (LogbookStore store = LogbookStore.open(dir.resolve("nintei.db"))) {
            LogbookSession session = new LogbookSession(new Workspace(store, clock), new DirectTaskRunner(),
                new Localization(Localization.ENGLISH));
            session.refresh();
            MessagesPresenter messages = new MessagesPresenter(session, new Fixture.ScriptedDialogs());
            messages.client.textProperty().set("A社");
            assertTrue(messages.save());
            clock.now = clock.now.plus(Duration.ofMinutes(10)); // the next message comes ten minutes later
            messages.client.textProperty().set("B社");
            assertTrue(messages.save());
            Message second = store.messages().all().get(1);
            assertEquals(clock.now, second.received(), "received when saved, not when the form was reset");

            clock.now = clock.now.plus(Duration.ofMinutes(5));
            session.refresh();
            assertEquals(messages.show(clock.now.atZone(ZoneId.of("Asia/Tokyo")).toOffsetDateTime()),
                    messages.receivedAt.textProperty().get(), "it shows now");
            assertFalse(messages.form().isDirty(), "following the clock is not typing");

            messages.receivedAt.textProperty().set("2026-11-28 09:00");
            clock.now = clock.now.plus(Duration.ofMinutes(30));
            session.refresh();
            assertEquals("2026-11-28 09:00", messages.receivedAt.textProperty().get(), "a typed time stays");
            assertTrue(messages.save());
            assertEquals(OffsetDateTime.parse("2026-11-28T09:00:00+09:00").toInstant(),
                    store.messages().all().get(2).received());
        }
    }

    @Test
    void aFreshJobHasNoCategoryOfTheLastButTheOneChosenInSettings() {
        try (Fixture fx = new Fixture(dir)) {
            JobsPresenter jobs = new JobsPresenter(fx.session, fx.dialogs);
            jobs.title.textProperty().set("LP");
            jobs.category.textProperty().set("Web制作");
            assertTrue(jobs.save());
            assertEquals("", jobs.category.textProperty().get(), "the last job's category is gone");
            assertEquals("", jobs.categoryNoteProperty().get());

            fx.session.saveSettings(new Settings(null, "デザイン", false, false, false));
            jobs.startNew();
            assertEquals("デザイン", jobs.category.textProperty().get(), "the category chosen in Settings");
            assertEquals("The category chosen in Settings", jobs.categoryNoteProperty().get(), "said as such");
            assertEquals(fx.session.now().toLocalDate().toString(), jobs.orderedOn.textProperty().get());
            assertEquals(Job.class, fx.store.jobs().all().get(0).getClass());
        }
    }

    @Test
    void aFormIsDirtyOnlyWhileItDiffersFromWhatWasLoadedOrSaved() {
        try (Fixture fx = new Fixture(dir)) {
            JobsPresenter jobs = new JobsPresenter(fx.session, fx.dialogs);
            jobs.title.textProperty().set("LP");
            assertTrue(jobs.form().isDirty());
            jobs.title.textProperty().set("");
            assertFalse(jobs.form().isDirty(), "typed and taken back: nothing to lose");
            jobs.title.textProperty().set("LP");
            assertTrue(jobs.save());
            assertFalse(jobs.form().isDirty(), "after Save");
            jobs.category.textProperty().set(""); // set again to what it holds: a control refreshing itself
            assertFalse(jobs.form().isDirty());
            assertTrue(jobs.startNew());
            assertTrue(jobs.open(fx.store.jobs().all().get(0)));
            assertTrue(fx.dialogs.asked.isEmpty(), "nothing was asked: " + fx.dialogs.asked);
            jobs.excluded.set(true);
            assertTrue(jobs.form().isDirty());
            jobs.excluded.set(false);
            assertFalse(jobs.form().isDirty());
        }
    }
}
