package jp.nintei.dashboard;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.css.PseudoClass;
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
    /*
     * Pseudo-classes, not style classes: the chart sets the style classes of its symbols and lines itself
     * ("chart-line-symbol series0 data0 default-color0"), and a class added before is gone.
     */
    /** A point of the value line (shown on hover, with its tooltip). */
    static final PseudoClass POINT = PseudoClass.getPseudoClass("history-point");
    /** The what-if's line. */
    static final PseudoClass WHAT_IF_LINE = PseudoClass.getPseudoClass("what-if-line");
    /** The platform's figures: points in the series' colour, and no line between them. */
    static final PseudoClass PLATFORM_POINT = PseudoClass.getPseudoClass("platform-point");
    static final PseudoClass PLATFORM_LINE = PseudoClass.getPseudoClass("platform-line");

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
                whatIf.nodeProperty().addListener((obs, old, line) -> line.pseudoClassStateChanged(WHAT_IF_LINE, true));
                lines.add(whatIf);
            }
        }
        if (goal != null) {
            lines.add(target);
        }
        if (!presenter.chart().platform().isEmpty()) {
            lines.add(platform(presenter.chart().platform(), unit, resources));
        }
        return lines;
    }

    /** The figures the platform showed, typed in to compare: points on their days, each saying its figure on hover. */
    private static XYChart.Series<Number, Number> platform(List<HistoryChart.PlatformPoint> figures,
                                                           StringConverter<Number> unit, ResourceBundle resources) {
        XYChart.Series<Number, Number> platform = new XYChart.Series<>();
        platform.setName(resources.getString("dashboard.historyPlatform"));
        for (HistoryChart.PlatformPoint p : figures) {
            XYChart.Data<Number, Number> data = new XYChart.Data<>(p.day().toEpochDay(), p.value());
            String said = MessageFormat.format(resources.getString("dashboard.historyPlatformPoint"),
                    p.day().format(DAY), unit.toString(p.value()));
            Region dot = new Region();
            dot.pseudoClassStateChanged(PLATFORM_POINT, true);
            data.setNode(dot);
            said(dot, said);
            platform.getData().add(data);
        }
        platform.nodeProperty().addListener((obs, old, line) -> line.pseudoClassStateChanged(PLATFORM_LINE, true));
        return platform;
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
        String spoken = MessageFormat.format(resources.getString("dashboard.historySpoken"), name,
                unit.toString(first.value()), first.day().format(DAY), unit.toString(last.value()),
                last.day().format(DAY), goal == null ? "—" : unit.toString(goal));
        List<String> figures = presenter.chart().platform().stream().map(p -> MessageFormat.format(
                resources.getString("dashboard.historyPlatformPoint"), p.day().format(DAY), unit.toString(p.value())))
                .toList();
        return figures.isEmpty() ? spoken : spoken + " " + String.join(resources.getString("list.separator"), figures);
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
        dot.pseudoClassStateChanged(POINT, true);
        data.setNode(dot);
        said(dot, said); // after setNode, which binds the chart's own words
        return data;
    }

    /** A point's tooltip; a screen reader says the same, not the chart's own "X Axis is 20,729 Y Axis is 1". */
    private static void said(Region dot, String said) {
        Tooltip tip = new Tooltip(said);
        tip.setShowDelay(Duration.millis(100));
        Tooltip.install(dot, tip);
        dot.accessibleTextProperty().unbind();
        dot.setAccessibleText(said);
    }

    private static void add(XYChart.Series<Number, Number> series, HistoryChart.Point p) {
        if (p.value() != null) {
            series.getData().add(new XYChart.Data<>(p.day().toEpochDay(), p.value()));
        }
    }
}
