package jp.nintei.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import jp.nintei.domain.RequirementResult;
import jp.nintei.ui.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chart speaks the requirement's unit, says when there is nothing to draw, and is not read on every tick. */
class HistoryChartTest {

    @TempDir
    Path dir;

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
            fx.session.refresh();
            assertTrue(dashboard.chart().emptyProperty().get(), "nothing logged: nothing to draw, said in words");

            fx.replies(6, 24 * 60, 1); // two months ago: the reply rate has a value on many weeks since
            assertEquals("reply_rate", dashboard.chart().requirementProperty().get());
            assertEquals(RequirementResult.Kind.RATE, dashboard.chart().kindProperty().get());
            assertFalse(dashboard.chart().emptyProperty().get());

            // the legend names the target in the unit, and a screen reader hears the chart as a sentence
            var bundle = java.util.ResourceBundle.getBundle("jp.nintei.i18n.messages", java.util.Locale.ENGLISH);
            var lines = HistorySeries.of(dashboard, bundle);
            assertTrue(lines.stream().anyMatch(line -> line.getName().equals("Target 80%")),
                    lines.stream().map(javafx.scene.chart.XYChart.Series::getName).toList().toString());
            String spoken = HistorySeries.spoken(dashboard, bundle);
            assertTrue(spoken.matches("Reply rate \\(24 h\\) over the past 12 months: 100% on \\d\\d/\\d\\d/\\d\\d, "
                    + "100% on \\d\\d/\\d\\d/\\d\\d; target 80%\\."), spoken);
        }
    }

    @Test
    void theClockTickingDoesNotReadTheYearAgain() {
        try (Fixture fx = new Fixture(dir)) {
            DashboardPresenter dashboard = new DashboardPresenter(fx.session);
            fx.replies(6, 24 * 60, 1);
            var drawn = dashboard.chart().points();
            int[] reads = {0};
            drawn.addListener((javafx.collections.ListChangeListener<HistoryChart.Point>) c -> reads[0]++);
            fx.session.refresh(); // the 30-second tick: same day, same logbook
            fx.session.refresh();
            assertEquals(0, reads[0], "no new read of 53 points on a tick");
            fx.replies(1, 2, 1); // a change to the logbook
            assertEquals(1, reads[0], "read again after a change");
        }
    }
}
