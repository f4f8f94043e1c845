package jp.nintei.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.collections.ListChangeListener;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.chart.XYChart;
import jp.nintei.domain.Reconciliation.Figure;
import jp.nintei.domain.RequirementResult;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart speaks the requirement's unit, says when there is nothing to draw, and is not read on every tick. */
class HistoryChartTest {

    @TempDir
    Path dir;

    /** The points' tooltips are controls: JavaFX must be running. */
    @BeforeAll
    static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException started) {
            // another test started JavaFX already
        }
    }

    @Test
    void theAxisReadsInTheRequirementsUnit() {
        assertEquals("80%", HistorySeries.valueLabels(RequirementResult.Kind.RATE).toString(0.8));
        assertEquals("92.5%", HistorySeries.valueLabels(RequirementResult.Kind.RATE).toString(0.925));
        assertEquals("¥1,200,000", HistorySeries.valueLabels(RequirementResult.Kind.YEN).toString(1_200_000));
        assertEquals("4.8★", HistorySeries.valueLabels(RequirementResult.Kind.AVERAGE).toString(4.8));
        assertEquals("2", HistorySeries.valueLabels(RequirementResult.Kind.COUNT).toString(2));
    }

    @Test
    void anEmptyHistoryIsSaidInWordsAndAFullOneDrawnInItsUnit() {
        try (Fixture fx = new Fixture(dir)) {
            DashboardPresenter dashboard = new DashboardPresenter(fx.session);
            dashboard.chart().show(); // as the chart's view does
            fx.session.refresh();
            assertTrue(dashboard.chart().emptyProperty().get(), "nothing logged: nothing to draw, said in words");

            fx.replies(6, 24 * 60, 1); // two months ago: the reply rate has a value on many weeks since
            assertEquals("reply_rate", dashboard.chart().requirementProperty().get());
            assertEquals(RequirementResult.Kind.RATE, dashboard.chart().kindProperty().get());
            assertFalse(dashboard.chart().emptyProperty().get());

            // the legend names the target in the unit, and a screen reader hears the chart as a sentence
            var bundle = ResourceBundle.getBundle("jp.nintei.i18n.messages", Locale.ENGLISH);
            var lines = HistorySeries.of(dashboard, bundle);
            assertTrue(lines.stream().anyMatch(line -> line.getName().equals("Target 80%")),
                    lines.stream().map(XYChart.Series::getName).toList().toString());
            String spoken = HistorySeries.spoken(dashboard, bundle);
            assertTrue(spoken.matches("Reply rate \\(24 h\\) over the past 12 months: 100% on \\d\\d/\\d\\d/\\d\\d, "
                    + "100% on \\d\\d/\\d\\d/\\d\\d; target 80%\\."), spoken);
        }
    }

    @Test
    void eachWeekSaysItsDayValueAndStateAndAWhatIfDrawsItsOwnLineToTheReview() {
        try (Fixture fx = new Fixture(dir)) {
            DashboardPresenter dashboard = new DashboardPresenter(fx.session);
            dashboard.chart().show(); // as the chart's view does
            fx.replies(6, 24 * 60, 1);
            var bundle = ResourceBundle.getBundle("jp.nintei.i18n.messages", Locale.ENGLISH);
            XYChart.Series<Number, Number> value = HistorySeries.of(dashboard, bundle).get(0);
            List<String> said = value.getData().stream().map(d -> d.getNode().getAccessibleText()).toList();
            assertEquals(dashboard.chart().points().stream().filter(p -> p.value() != null).count(), said.size());
            assertTrue(said.get(said.size() - 1).matches("\\d\\d/\\d\\d/\\d\\d: 100% — ✓ Met"), said.toString());
            assertTrue(value.getData().get(0).getNode().getPseudoClassStates().contains(HistorySeries.POINT));
            assertFalse(HistorySeries.of(dashboard, bundle).stream().anyMatch(l -> l.getName().startsWith("What if")),
                    "no what-if tried: no what-if line");

            dashboard.whatIf().whatIfLate.set(20); // twenty late replies now: the review falls below the target
            HistoryChart.Point tried = dashboard.chart().whatIfAtReviewProperty().get();
            assertEquals(dashboard.chart().atReviewProperty().get().day(), tried.day());
            assertFalse(tried.met());
            var whatIf = HistorySeries.of(dashboard, bundle).stream()
                    .filter(l -> l.getName().startsWith("What if")).findFirst().orElseThrow();
            assertTrue(whatIf.getName().matches("What if: 2\\d(\\.\\d)?% at the review \\d\\d/\\d\\d/01"),
                    whatIf.getName());
            assertEquals(2, whatIf.getData().size(), "from the last week to the review");

            dashboard.whatIf().clearWhatIf();
            assertEquals(null, dashboard.chart().whatIfAtReviewProperty().get());
        }
    }

    /** Issue 20, item 2: the figures typed in to compare are kept with their day and drawn beside Nintei's line. */
    @Test
    void thePlatformsFiguresTypedToCompareAreDrawnAsPointsOnTheirDay() {
        try (Fixture fx = new Fixture(dir)) {
            DashboardPresenter dashboard = new DashboardPresenter(fx.session);
            dashboard.chart().show(); // as the chart's view does
            ReconcilePresenter reconcile = new ReconcilePresenter(fx.session);
            fx.replies(6, 24 * 60, 1);
            var bundle = ResourceBundle.getBundle("jp.nintei.i18n.messages", Locale.ENGLISH);
            assertEquals(List.of(), dashboard.chart().platform());
            assertFalse(HistorySeries.of(dashboard, bundle).stream()
                    .anyMatch(l -> l.getName().startsWith("Lancers")), "nothing typed: no points of Lancers'");

            reconcile.typed.get(Figure.REPLY_RATE).set("78.5%");
            reconcile.typed.get(Figure.RATING).set("4.71");
            reconcile.compare(); // a change: the chart reads again, with the figures kept today (11/28 in Tokyo)
            assertEquals(List.of(new HistoryChart.PlatformPoint(LocalDate.of(2026, 11, 28), new BigDecimal("0.785"),
                    new BigDecimal("78.5"))), dashboard.chart().platform(), "the reply rate's figure only");
            var lancers = HistorySeries.of(dashboard, bundle).stream()
                    .filter(l -> l.getName().startsWith("Lancers")).findFirst().orElseThrow();
            assertEquals(1, lancers.getData().size());
            assertEquals(LocalDate.of(2026, 11, 28).toEpochDay(), lancers.getData().get(0).getXValue().longValue());
            assertEquals("26/11/28: Lancers showed 78.5%", lancers.getData().get(0).getNode().getAccessibleText());
            assertTrue(HistorySeries.spoken(dashboard, bundle).endsWith("; target 80%. 26/11/28: Lancers showed 78.5%"),
                    HistorySeries.spoken(dashboard, bundle));

            reconcile.typed.get(Figure.REPLY_RATE).set("80");
            reconcile.compare(); // the same day again: the later figure replaces the first
            assertEquals(List.of(new BigDecimal("80")), dashboard.chart().platform().stream()
                    .map(HistoryChart.PlatformPoint::shown).toList());

            dashboard.chart().requirementProperty().set("rating");
            assertEquals(List.of(new BigDecimal("4.71")), dashboard.chart().platform().stream()
                    .map(HistoryChart.PlatformPoint::value).toList(), "the rating's own figure, in stars");
        }
    }

    /** Issue 18: the chart's year is read once its view shows it, never for the window's first frame. */
    @Test
    void nothingIsReadUntilAViewShowsTheChart() {
        try (Fixture fx = new Fixture(dir)) {
            DashboardPresenter dashboard = new DashboardPresenter(fx.session);
            fx.replies(6, 24 * 60, 1);
            fx.session.refresh();
            assertEquals(List.of(), dashboard.chart().points(), "no view: the year is not read");
            assertEquals(null, dashboard.chart().requirementProperty().get());

            dashboard.chart().show();
            assertEquals("reply_rate", dashboard.chart().requirementProperty().get());
            assertEquals(53, dashboard.chart().points().size(), "a point a week over the last 12 months");
            assertFalse(dashboard.chart().emptyProperty().get());
        }
    }

    @Test
    void theClockTickingDoesNotReadTheYearAgain() {
        try (Fixture fx = new Fixture(dir)) {
            DashboardPresenter dashboard = new DashboardPresenter(fx.session);
            dashboard.chart().show(); // as the chart's view does
            fx.replies(6, 24 * 60, 1);
            var drawn = dashboard.chart().points();
            int[] reads = {0};
            drawn.addListener((ListChangeListener<HistoryChart.Point>) c -> reads[0]++);
            fx.session.refresh(); // the 30-second tick: same day, same logbook
            fx.session.refresh();
            assertEquals(0, reads[0], "no new read of 53 points on a tick");
            fx.replies(1, 2, 1); // a change to the logbook
            assertEquals(1, reads[0], "read again after a change");
        }
    }
}
