package jp.nintei.dashboard;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import jp.nintei.ui.Converters;

/** Binds the dashboard's chart: the chosen requirement weekly, its target as a line, the next review as the last point. */
public final class HistoryController {

    private final DashboardPresenter presenter;

    @FXML private ResourceBundle resources;
    @FXML private ChoiceBox<String> historyChoice;
    @FXML private Label historyWindow;
    @FXML private LineChart<Number, Number> historyChart;
    @FXML private NumberAxis historyX;
    @FXML private NumberAxis historyY;
    @FXML private Label historyEmpty;

    public HistoryController(DashboardPresenter presenter) {
        this.presenter = presenter;
    }

    @FXML
    private void initialize() {
        HistoryChart chart = presenter.chart();
        historyChoice.setConverter(Converters.showing(id -> chart.choices().getOrDefault(id, id)));
        Runnable choices = () -> {
            String chosen = chart.requirementProperty().get();
            historyChoice.getItems().setAll(chart.choices().keySet());
            historyChoice.setValue(chosen);
        };
        choices.run();
        presenter.gauges().addListener((ListChangeListener<Gauge>) c -> choices.run());
        historyChoice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                chart.requirementProperty().set(now);
            }
        });
        chart.requirementProperty().addListener((obs, old, now) -> historyChoice.setValue(now));
        historyX.setTickLabelFormatter(HistorySeries.dayLabels());
        historyY.tickLabelFormatterProperty().bind(Bindings.createObjectBinding(
                () -> HistorySeries.valueLabels(chart.kindProperty().get()), chart.kindProperty()));
        historyChart.visibleProperty().bind(chart.emptyProperty().not());
        historyChart.managedProperty().bind(historyChart.visibleProperty());
        historyEmpty.visibleProperty().bind(chart.emptyProperty());
        historyEmpty.managedProperty().bind(historyEmpty.visibleProperty());
        historyWindow.textProperty().bind(chart.windowProperty());
        Runnable draw = () -> {
            historyChart.getData().setAll(HistorySeries.of(presenter, resources));
            historyChart.setAccessibleText(HistorySeries.spoken(presenter, resources));
        };
        draw.run();
        chart.points().addListener((ListChangeListener<HistoryChart.Point>) c -> draw.run());
        chart.whatIfAtReviewProperty().addListener(obs -> draw.run());
        chart.show();
    }
}
