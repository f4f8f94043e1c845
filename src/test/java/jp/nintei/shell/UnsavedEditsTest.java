package jp.nintei.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.nintei.domain.RecordKind;
import java.nio.file.Path;
import jp.nintei.domain.Job;
import jp.nintei.domain.Settings;
import jp.nintei.jobs.JobsPresenter;
import jp.nintei.settings.SettingsPresenter;
import jp.nintei.shell.MainPresenter.Screen;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing typed is lost silently: settings apply as they change, forms ask before they are left. */
class UnsavedEditsTest {

    @TempDir Path dir;

    @Test
    void aCheckBoxAppliesAtOnceAndACutoffBeingTypedSurvivesItAndOtherEdits() {
        try (Fixture fx = new Fixture(dir)) {
            SettingsPresenter settings = new SettingsPresenter(fx.session, l -> { });
            settings.cutoff.textProperty().set("¥1,200,000"); // typed, not committed yet
            settings.identity.set(true);
            assertEquals(new Settings(null, "", true, false, false), fx.store.settings().load(), "the check, at once");
            assertEquals("¥1,200,000", settings.cutoff.textProperty().get(), "the republish kept the typing");
            fx.session.add(RecordKind.JOBS, MainPresenterTest.job("another edit"), added -> { }, "jobs.added", "x");
            assertEquals("¥1,200,000", settings.cutoff.textProperty().get());

            assertTrue(settings.commit()); // Enter, or the cursor leaving the field
            assertEquals(new Settings(1_200_000L, "", true, false, false), fx.store.settings().load());
            assertEquals("1200000", settings.cutoff.textProperty().get(), "shown as saved");
            assertFalse(settings.form().isDirty());
        }
    }

    @Test
    void leavingSettingsSavesAValidCutoffAndAsksAboutAnInvalidOne() {
        try (Fixture fx = new Fixture(dir)) {
            MainPresenter main = MainPresenterTest.mainOf(fx);
            SettingsPresenter settings = new SettingsPresenter(fx.session, l -> { });
            main.guard(Screen.SETTINGS, settings);
            main.show(Screen.SETTINGS);
            settings.cutoff.textProperty().set("900000");
            assertTrue(main.show(Screen.DASHBOARD));
            assertEquals(900_000L, fx.store.settings().load().earningsCutoff(), "saved on leaving, not lost");
            assertTrue(fx.dialogs.asked.isEmpty(), "nothing to ask");

            main.show(Screen.SETTINGS);
            settings.cutoff.textProperty().set("12x");
            fx.dialogs.confirmAnswer = false;
            assertFalse(main.show(Screen.JOBS), "Cancel stays on the form");
            assertEquals(Screen.SETTINGS, main.screenProperty().get());
            assertEquals("12x", settings.cutoff.textProperty().get());
            assertFalse(main.mayClose(), "quitting asks too");

            fx.dialogs.confirmAnswer = true;
            assertTrue(main.show(Screen.JOBS));
            assertEquals("900000", settings.cutoff.textProperty().get(), "discarded: the stored value again");
        }
    }

    @Test
    void aRecordFormWithTypingAsksBeforeItIsLeftOrEmptied() {
        try (Fixture fx = new Fixture(dir)) {
            MainPresenter main = MainPresenterTest.mainOf(fx);
            JobsPresenter jobs = new JobsPresenter(fx.session, fx.dialogs);
            main.guard(Screen.JOBS, jobs);
            main.show(Screen.JOBS);
            assertTrue(main.show(Screen.DASHBOARD), "an untouched form is left without a question");
            main.show(Screen.JOBS);
            jobs.title.textProperty().set("Logo design");

            fx.dialogs.confirmAnswer = false;
            assertFalse(main.show(Screen.REVIEWS));
            assertFalse(jobs.startNew(), "New (and Shortcut+J) asks too");
            assertEquals("Logo design", jobs.title.text());
            assertFalse(main.mayClose());
            assertEquals("The job form has changes that are not saved. Discard them? (Cancel to go back to the form.)",
                    fx.dialogs.asked.get(0));

            fx.store.jobs().add(MainPresenterTest.job("stored"));
            assertFalse(jobs.open(fx.store.jobs().all().get(0)), "picking another row asks too");
            assertEquals("Logo design", jobs.title.text());

            assertTrue(jobs.save());
            assertTrue(main.show(Screen.REVIEWS), "saved: nothing left to lose");
            assertEquals(2, fx.store.jobs().all().size(), "the stored job and the one typed");
        }
    }
}
