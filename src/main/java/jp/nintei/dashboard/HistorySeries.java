package jp.nintei.dashboard;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import java.math.RoundingMode;
import java.time.LocalDate;
import javafx.util.StringConverter;
import jp.nintei.words.ProgressWords;
import jp.nintei.domain.RequirementResult;

/** The dashboard chart's lines, from the presenter's points: the value, the target, and the next review. */
final class HistorySeries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yy/MM/dd");
    /** The style class of a point of the value line (shown on hover, with its tooltip). */
    static final String POINT = "history-point";
    /** The style class of the what-if's line. */
    static final String WHAT_IF_LINE = "what-if-line";

    /** The x axis counts days (epoch days); its ticks read as dates. */
    static StringConverter<Number> dayLabels() {
        return new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return LocalDate.ofEpochDay(Math.round(day.doubleValue())).format(DAY);
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        };
    }

    private HistorySeries() {
    }

    /** The y axis in the requirement's unit: "80%" for a rate, "¥1,200,000" for yen, "4.8★" for a rating. */
    static StringConverter<Number> valueLabels(RequirementResult.Kind kind) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                BigDecimal v = new BigDecimal(n.toString());
                if (kind == null) {
                    return v.stripTrailingZeros().toPlainString();
                }
                return switch (kind) {
                    case RATE -> v.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                            .toPlainString() + "%";
                    case YEN -> ProgressWords.yen(v.setScale(0, RoundingMode.HALF_UP));
                    case AVERAGE -> v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                            + "★";
                    case COUNT, ENTERED -> v.stripTrailingZeros().toPlainString();
                };
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        };
    }

    static List<XYChart.Series<Number, Number>> of(DashboardPresenter presenter, ResourceBundle resources) {
        XYChart.Series<Number, Number> value = new XYChart.Series<>();
        value.setName(resources.getString("dashboard.historyValue"));
        XYChart.Series<Number, Number> target = new XYChart.Series<>();
        BigDecimal goal = presenter.chart().targetProperty().get();
        StringConverter<Number> unit = valueLabels(presenter.chart().kindProperty().get());
        // the legend says the target and the review's value, in the requirement's unit: "Target 80%"
        target.setName(goal == null ? resources.getString("dashboard.historyTarget")
                : MessageFormat.format(resources.getString("dashboard.historyTargetAt"), unit.toString(goal)));
        List<HistoryChart.Point> points = new ArrayList<>(presenter.chart().points());
        HistoryChart.Point review = presenter.chart().atReviewProperty().get();
        for (HistoryChart.Point p : points) {
            if (p.value() != null) {
                value.getData().add(withTooltip(p, unit, resources));
            }
            if (goal != null) {
                target.getData().add(new XYChart.Data<>(p.day().toEpochDay(), goal));
            }
        }
        List<XYChart.Series<Number, Number>> lines = new ArrayList<>(List.of(value));
        if (review != null && review.value() != null && !points.isEmpty()) {
            XYChart.Series<Number, Number> next = new XYChart.Series<>();
            next.setName(MessageFormat.format(resources.getString("dashboard.historyReviewAt"),
                    review.day().format(DAY), unit.toString(review.value())));
            add(next, points.get(points.size() - 1));
            add(next, review);
            if (goal != null) {
                target.getData().add(new XYChart.Data<>(review.day().toEpochDay(), goal));
            }
            lines.add(next);
            HistoryChart.Point tried = presenter.chart().whatIfAtReviewProperty().get();
            if (tried != null && tried.value() != null) {
                // what the what-if tried on the dashboard would make of the review: dotted, in the what-if's colour
                XYChart.Series<Number, Number> whatIf = new XYChart.Series<>();
                whatIf.setName(MessageFormat.format(resources.getString("dashboard.historyWhatIfAt"),
                        tried.day().format(DAY), unit.toString(tried.value())));
                add(whatIf, points.get(points.size() - 1));
                add(whatIf, tried);
                whatIf.nodeProperty().addListener((obs, old, line) -> line.getStyleClass().add(WHAT_IF_LINE));
                lines.add(whatIf);
            }
        }
        if (goal != null) {
            lines.add(target);
        }
        return lines;
    }

    /**
     * The chart as a screen reader says it: "Reply rate over the past 12 months: 71.9% on 2025/12/07, 88.2% on
     * 2026/11/28; target 80%." Empty when there is nothing to draw.
     */
    static String spoken(DashboardPresenter presenter, ResourceBundle resources) {
        List<HistoryChart.Point> shown = presenter.chart().points().stream().filter(p -> p.value() != null).toList();
        if (shown.size() < 2) {
            return resources.getString("dashboard.historyEmpty");
        }
        StringConverter<Number> unit = valueLabels(presenter.chart().kindProperty().get());
        BigDecimal goal = presenter.chart().targetProperty().get();
        HistoryChart.Point first = shown.get(0);
        HistoryChart.Point last = shown.get(shown.size() - 1);
        String name = presenter.chart().choices().getOrDefault(presenter.chart().requirementProperty().get(), "");
        return MessageFormat.format(resources.getString("dashboard.historySpoken"), name,
                unit.toString(first.value()), first.day().format(DAY), unit.toString(last.value()),
                last.day().format(DAY), goal == null ? "—" : unit.toString(goal));
    }

    /**
     * A point of the value line that says, on hover, its day, its value and whether it was met then:
     * "2026/11/28: 88.2% — ✓ Met".
     */
    private static XYChart.Data<Number, Number> withTooltip(HistoryChart.Point p, StringConverter<Number> unit,
                                                            ResourceBundle resources) {
        XYChart.Data<Number, Number> data = new XYChart.Data<>(p.day().toEpochDay(), p.value());
        String said = MessageFormat.format(resources.getString("dashboard.historyPoint"), p.day().format(DAY),
                unit.toString(p.value()), resources.getString(p.met() ? "gauge.met" : "gauge.notMet"));
        Region dot = new Region();
        dot.getStyleClass().add(POINT);
        Tooltip tip = new Tooltip(said);
        tip.setShowDelay(Duration.millis(100));
        Tooltip.install(dot, tip);
        data.setNode(dot);
        // a screen reader says the same as the tooltip, not the chart's own "X Axis is 20,729 Y Axis is 1"
        dot.accessibleTextProperty().unbind();
        dot.setAccessibleText(said);
        return data;
    }

    private static void add(XYChart.Series<Number, Number> series, HistoryChart.Point p) {
        if (p.value() != null) {
            series.getData().add(new XYChart.Data<>(p.day().toEpochDay(), p.value()));
        }
    }
}
