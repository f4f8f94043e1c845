package jp.nintei.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import jp.nintei.domain.EnteredKind;
import jp.nintei.settings.EnteredValues;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Settings;
import jp.nintei.settings.SettingsPresenter;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard and Settings say what the chosen profile counts, and nothing of another (issue 16, items 5–8, 11):
 * each card its window when the rules differ, the program by the name of its rules, a value to enter with the way to
 * enter it, only the settings the profile uses, and the next review by its date in words.
 */
class ProfileOnTheDashboardTest {

    @TempDir
    Path dir;

    @Test
    void cardsNameTheirOwnWindowWhenTheRulesDoNotShareOne() {
        try (Fixture fx = new Fixture(dir)) {
            DashboardPresenter dashboard = new DashboardPresenter(fx.session);
            assertTrue(dashboard.headerProperty().get().endsWith("past 365 days (2025-11-29 – 2026-11-28)"),
                    dashboard.headerProperty().get());
            assertTrue(dashboard.gauges().stream().allMatch(g -> g.window().isEmpty()), "one window: the header's");
            assertEquals("Lancers Certified Lancer — rules until January 2022", dashboard.programProperty().get());

            fx.session.saveSettings(Settings.EMPTY.withProfile("crowdworks-pro"));
            assertEquals("As of 2026/11/28 17:00", dashboard.headerProperty().get(), "no one window for all");
            assertEquals("past 365 days", gauge(dashboard, "completion_rate").window());
            assertEquals("all time", gauge(dashboard, "rating").window());
            assertEquals("", gauge(dashboard, "identity").window());
            Gauge top200 = gauge(dashboard, "top200");
            assertTrue(top200.toEnter());
            assertEquals("Not entered yet: enter it in Settings", top200.advice());
            boolean[] opened = new boolean[1];
            dashboard.onOpenSettings(() -> opened[0] = true);
            dashboard.openSettings();
            assertTrue(opened[0], "the card's button goes to Settings");
        }
    }

    @Test
    void theNextReviewIsNamedByItsDateInWords() {
        try (Fixture fx = new Fixture(dir)) {
            fx.replies(5, 100, 1);
            DashboardPresenter dashboard = new DashboardPresenter(fx.session);
            assertEquals("Next review (Dec 1): 100.0%", gauge(dashboard, "reply_rate").atReview());
            fx.session.l10n().setLocale(Locale.JAPANESE);
            assertEquals("次の審査 (12月1日): 100.0%", gauge(dashboard, "reply_rate").atReview());
        }
    }

    @Test
    void settingsShowWhatTheChosenProfileUsesAndNothingElse() {
        try (Fixture fx = new Fixture(dir)) {
            SettingsPresenter settings = new SettingsPresenter(fx.session, locale -> { });
            assertTrue(settings.earningsUsedProperty().get());
            assertTrue(settings.ndaUsedProperty().get());
            settings.profile.set("coconala-platinum");
            assertFalse(settings.earningsUsedProperty().get(), "the Lancers earnings line is not coconala's");
            assertTrue(settings.identityUsedProperty().get());
            assertFalse(settings.phoneUsedProperty().get());
            assertFalse(settings.ndaUsedProperty().get());
            settings.profile.set("crowdworks-pro");
            assertEquals(List.of(EnteredKind.YES_NO, EnteredKind.COUNT,
                    EnteredKind.RATING), settings.entered().stream()
                    .map(EnteredValues.EnteredValue::kind).toList());
            EnteredValues.EnteredValue top200 = settings.entered().get(0);
            top200.text().set("はい");
            assertTrue(settings.commitEntered(top200), "the Japanese field takes はい");
            assertEquals(BigDecimal.ONE, fx.store.settings().load().entered().get("top200"));
        }
    }

    @Test
    void openJobsInTheWhatIfListReadApart() {
        try (Fixture fx = new Fixture(dir)) {
            DashboardPresenter dashboard = new DashboardPresenter(fx.session);
            Job a = new Job(7, "記事", "A社", "", LocalDate.of(2026, 11, 1), JobStatus.IN_PROGRESS, null, null, false, "");
            Job b = new Job(8, "記事", "B社", "", LocalDate.of(2026, 11, 3), JobStatus.IN_PROGRESS, null, null, false, "");
            assertEquals("記事 (A社, ordered 2026/11/01)", dashboard.whatIf().jobLabel(a));
            assertFalse(dashboard.whatIf().jobLabel(a).equals(dashboard.whatIf().jobLabel(b)));
        }
    }

    static Gauge gauge(DashboardPresenter dashboard, String id) {
        return dashboard.gauges().stream().filter(g -> g.requirement().equals(id)).findFirst().orElseThrow();
    }
}
