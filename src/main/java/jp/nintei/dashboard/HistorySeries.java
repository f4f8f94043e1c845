package jp.nintei.dashboard;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.chart.XYChart;
import java.math.RoundingMode;
import java.time.LocalDate;
import javafx.util.StringConverter;
import jp.nintei.domain.ProgressWords;
import jp.nintei.domain.RequirementResult;

/** The dashboard chart's lines, from the presenter's points: the value, the target, and the next review. */
final class HistorySeries {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yy/MM/dd");

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
        target.setName(resources.getString("dashboard.historyTarget"));
        BigDecimal goal = presenter.chart().targetProperty().get();
        List<HistoryChart.Point> points = new ArrayList<>(presenter.chart().points());
        HistoryChart.Point review = presenter.chart().atReviewProperty().get();
        for (HistoryChart.Point p : points) {
            add(value, p);
            if (goal != null) {
                target.getData().add(new XYChart.Data<>(p.day().toEpochDay(), goal));
            }
        }
        List<XYChart.Series<Number, Number>> lines = new ArrayList<>(List.of(value));
        if (review != null && review.value() != null && !points.isEmpty()) {
            XYChart.Series<Number, Number> next = new XYChart.Series<>();
            next.setName(resources.getString("dashboard.historyReview"));
            add(next, points.get(points.size() - 1));
            add(next, review);
            if (goal != null) {
                target.getData().add(new XYChart.Data<>(review.day().toEpochDay(), goal));
            }
            lines.add(next);
        }
        if (goal != null) {
            lines.add(target);
        }
        return lines;
    }

    private static void add(XYChart.Series<Number, Number> series, HistoryChart.Point p) {
        if (p.value() != null) {
            series.getData().add(new XYChart.Data<>(p.day().toEpochDay(), p.value()));
        }
    }
}
