package jp.nintei.dashboard;

import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import jp.nintei.domain.Reconciliation.Figure;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.nintei.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import jp.nintei.domain.Job;
import jp.nintei.domain.ReviewRating;
import jp.nintei.ui.CardFlow;
import jp.nintei.ui.Converters;

/** Binds the dashboard view to its presenter. */
public final class DashboardController {

    private final DashboardPresenter presenter;

    @FXML private ResourceBundle resources;
    @FXML private Label asOfLabel;
    @FXML private Label programLabel;
    @FXML private Label nextReviewLabel;
    @FXML private Label whatIfBanner;
    @FXML private HBox whatIfTop;
    @FXML private Button whatIfClear;
    @FXML private Spinner<Integer> whatIfOnTime;
    @FXML private Spinner<Integer> whatIfLate;
    @FXML private Spinner<Integer> whatIfReviews;
    @FXML private ChoiceBox<ReviewRating> whatIfRating;
    @FXML private TextField whatIfYen;
    /** A list that virtualizes its rows: a ChoiceBox made a menu item of each of 191 open jobs, 2.3 s of the FX thread. */
    @FXML private ComboBox<Job> whatIfJob;
    @FXML private ChoiceBox<Boolean> whatIfJobAction;
    @FXML private ChoiceBox<String> welcomeProfile;
    @FXML private Label welcomeProfileAbout;
    @FXML private VBox fallsBox;
    @FXML private ChoiceBox<String> historyChoice;
    @FXML private Label historyWindow;
    @FXML private LineChart<Number, Number> historyChart;
    @FXML private NumberAxis historyX;
    @FXML private NumberAxis historyY;
    @FXML private Label historyEmpty;
    @FXML private Label overallLabel;
    @FXML private CardFlow gaugeBox;
    @FXML private VBox welcomePane;
    @FXML private HBox demoPane;
    @FXML private ListView<PendingReply> pendingList;
    @FXML private Label overdueRule;
    @FXML private HBox olderPane;
    @FXML private Label pendingTitle;
    @FXML private Label olderLabel;
    private final ReconcilePresenter reconcile;
    /** The cards shown, by requirement. */
    private Map<String, GaugeCard> shownCards = new HashMap<>();
    @FXML private TextField reconcileReplyRate;
    @FXML private TextField reconcileCompletion;
    @FXML private TextField reconcileRating;
    @FXML private TextField reconcileSatisfaction;
    @FXML private Label reconcileProblem;
    @FXML private VBox reconcileLines;

    public DashboardController(DashboardPresenter presenter, ReconcilePresenter reconcile) {
        this.presenter = presenter;
        this.reconcile = reconcile;
    }

    @FXML
    private void initialize() {
        asOfLabel.textProperty().bind(presenter.headerProperty());
        programLabel.textProperty().bind(presenter.programProperty());
        nextReviewLabel.textProperty().bind(presenter.nextReviewProperty());
        nextReviewLabel.visibleProperty().bind(presenter.nextReviewProperty().isNotEmpty());
        nextReviewLabel.managedProperty().bind(nextReviewLabel.visibleProperty());
        showFalls();
        presenter.falls().addListener((ListChangeListener<String>) c -> showFalls());
        bindHistory();
        bindWelcomeProfile();
        bindWhatIf();
        bindReconcile();
        overallLabel.textProperty().bind(presenter.overallProperty());
        presenter.allMetProperty().addListener((obs, old, now) -> Styles.toggle(overallLabel, Styles.MET, now));
        Styles.toggle(overallLabel, Styles.MET, presenter.allMetProperty().get());
        showGauges();
        presenter.gauges().addListener((ListChangeListener<Gauge>) c -> showGauges());
        welcomePane.visibleProperty().bind(presenter.welcomeProperty());
        welcomePane.managedProperty().bind(welcomePane.visibleProperty());
        demoPane.visibleProperty().bind(presenter.demoProperty());
        demoPane.managedProperty().bind(demoPane.visibleProperty());

        pendingList.setItems(presenter.pending());
        pendingList.setPlaceholder(new Label(resources.getString("dashboard.pendingEmpty")));
        pendingList.setCellFactory(list -> new PendingReplyCell(resources.getString("pending.replied"),
                resources.getString("pending.noReplyNeeded"), presenter::markReplied, presenter::markNoReplyNeeded));
        pendingList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                presenter.selectedProperty().set(now == null ? null : now.message()));
        olderLabel.textProperty().bind(presenter.olderUnansweredProperty());
        pendingTitle.textProperty().bind(presenter.pendingTitleProperty());
        overdueRule.textProperty().bind(presenter.overdueRuleProperty());
        olderPane.visibleProperty().bind(presenter.olderUnansweredProperty().isNotEmpty());
        olderPane.managedProperty().bind(olderPane.visibleProperty());
        overdueRule.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> presenter.pending().stream().anyMatch(PendingReply::overdue), presenter.pending()));
        overdueRule.managedProperty().bind(overdueRule.visibleProperty());
    }

    /** Compare with Lancers: the typed figures, and one line per figure compared. */
    private void bindReconcile() {
        reconcileReplyRate.textProperty().bindBidirectional(reconcile.typed.get(Figure.REPLY_RATE));
        reconcileCompletion.textProperty().bindBidirectional(reconcile.typed.get(Figure.COMPLETION));
        reconcileRating.textProperty().bindBidirectional(reconcile.typed.get(Figure.RATING));
        reconcileSatisfaction.textProperty().bindBidirectional(reconcile.typed.get(Figure.SATISFACTION));
        reconcileProblem.textProperty().bind(reconcile.problemProperty());
        reconcileProblem.managedProperty().bind(reconcile.problemProperty().isNotEmpty());
        Runnable show = () -> reconcileLines.getChildren().setAll(reconcile.lines().stream().map(line -> {
            Label label = new Label(line);
            label.setWrapText(true);
            return label;
        }).toList());
        reconcile.lines().addListener((ListChangeListener<String>) c -> show.run());
        show.run();
    }

    @FXML private void reconcile() {
        reconcile.compare();
    }

    /** What if: the fields drive the presenter's what-if; nothing here is written to the logbook. */
    private void bindWhatIf() {
        spinner(whatIfOnTime, presenter.whatIf().whatIfOnTime);
        spinner(whatIfLate, presenter.whatIf().whatIfLate);
        spinner(whatIfReviews, presenter.whatIf().whatIfReviews);
        whatIfRating.getItems().setAll(ReviewRating.values());
        whatIfRating.setConverter(Converters.showing(r -> r.stars().isPresent() ? "★" + r.stars().getAsInt()
                : resources.getString("rating." + (r == ReviewRating.SATISFIED ? "satisfied"
                : "unsatisfied"))));
        whatIfRating.valueProperty().bindBidirectional(presenter.whatIf().whatIfRating);
        whatIfYen.textProperty().addListener((obs, old, now) -> presenter.whatIf().whatIfYenTyped(now));
        presenter.whatIf().whatIfYen.addListener((obs, old, now) -> {
            if (now.longValue() == 0 && !whatIfYen.isFocused()) {
                whatIfYen.clear();
            }
        });
        whatIfJob.setItems(presenter.whatIf().openJobs());
        whatIfJob.setConverter(Converters.showing(presenter.whatIf()::jobLabel));
        whatIfJob.valueProperty().bindBidirectional(presenter.whatIf().whatIfJob);
        whatIfJob.showingProperty().addListener((obs, was, is) -> {
            if (is) {
                presenter.whatIf().loadOpenJobs();
            }
        });
        presenter.whatIf().loadOpenJobs();
        whatIfJobAction.getItems().setAll(true, false);
        whatIfJobAction.setConverter(Converters.showing(cancel -> resources.getString(cancel ? "whatif.cancel" : "whatif.complete")));
        ObjectProperty<Boolean> cancel = presenter.whatIf().whatIfCancel.asObject();
        adapters.add(cancel);
        whatIfJobAction.valueProperty().bindBidirectional(cancel);
        whatIfBanner.visibleProperty().bind(presenter.whatIf().tryingProperty());
        whatIfTop.visibleProperty().bind(presenter.whatIf().tryingProperty());
        whatIfTop.managedProperty().bind(whatIfTop.visibleProperty());
        whatIfClear.disableProperty().bind(presenter.whatIf().tryingProperty().not());
    }

    /** Bidirectional bindings hold their ends weakly: the adapters of the primitive properties are kept here. */
    private final List<Object> adapters = new ArrayList<>();

    private void spinner(Spinner<Integer> spinner, IntegerProperty value) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 999, 0));
        ObjectProperty<Integer> adapter = value.asObject();
        adapters.add(adapter);
        spinner.getValueFactory().valueProperty().bindBidirectional(adapter);
    }


    @FXML private void clearWhatIf() {
        presenter.whatIf().clearWhatIf();
        whatIfYen.clear();
    }

    /** First run: which program to measure by, with a sentence on the one chosen. */
    private void bindWelcomeProfile() {
        welcomeProfile.setConverter(Converters.showing(id -> presenter.profileChoices().getOrDefault(id, id)));
        welcomeProfile.getItems().setAll(presenter.profileChoices().keySet());
        welcomeProfile.setValue(presenter.profileId());
        welcomeProfileAbout.setText(presenter.profileAbout(presenter.profileId()));
        welcomeProfile.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                welcomeProfileAbout.setText(presenter.profileAbout(now));
                presenter.chooseProfile(now);
            }
        });
        presenter.programProperty().addListener(obs -> {
            welcomeProfile.getItems().setAll(presenter.profileChoices().keySet());
            welcomeProfile.setValue(presenter.profileId());
        });
    }

    private void showFalls() {
        fallsBox.getChildren().setAll(presenter.falls().stream().map(text -> {
            Label warning = new Label(text);
            warning.getStyleClass().add("fall-warning");
            warning.setWrapText(true);
            return warning;
        }).toList());
    }

    /** The chart: the chosen requirement weekly, its target as a line, and the next review as the last point. */
    private void bindHistory() {
        historyChoice.setConverter(Converters.showing(id -> presenter.chart().choices().getOrDefault(id, id)));
        Runnable choices = () -> {
            String chosen = presenter.chart().requirementProperty().get();
            historyChoice.getItems().setAll(presenter.chart().choices().keySet());
            historyChoice.setValue(chosen);
        };
        choices.run();
        presenter.gauges().addListener((ListChangeListener<Gauge>) c -> choices.run());
        historyChoice.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                presenter.chart().requirementProperty().set(now);
            }
        });
        presenter.chart().requirementProperty().addListener((obs, old, now) -> historyChoice.setValue(now));
        historyX.setTickLabelFormatter(HistorySeries.dayLabels());
        historyY.tickLabelFormatterProperty().bind(Bindings.createObjectBinding(
                () -> HistorySeries.valueLabels(presenter.chart().kindProperty().get()),
                presenter.chart().kindProperty()));
        historyChart.visibleProperty().bind(presenter.chart().emptyProperty().not());
        historyChart.managedProperty().bind(historyChart.visibleProperty());
        historyEmpty.visibleProperty().bind(presenter.chart().emptyProperty());
        historyEmpty.managedProperty().bind(historyEmpty.visibleProperty());
        historyWindow.textProperty().bind(presenter.chart().windowProperty());
        Runnable draw = () -> {
            historyChart.getData().setAll(HistorySeries.of(presenter, resources));
            historyChart.setAccessibleText(HistorySeries.spoken(presenter, resources));
        };
        draw.run();
        presenter.chart().points().addListener((ListChangeListener<HistoryChart.Point>) c -> draw.run());
        presenter.chart().whatIfAtReviewProperty().addListener(obs -> draw.run());
    }

    /**
     * One card per requirement, made once and updated in place (its focus, its layout kept): a measure that changed
     * one number changes that card's label; one that changed nothing changes nothing. The cards are placed again only
     * when the profile's requirements change.
     */
    private void showGauges() {
        Map<String, GaugeCard> before = shownCards;
        shownCards = new HashMap<>();
        for (Gauge g : presenter.gauges()) {
            GaugeCard card = before.get(g.requirement());
            if (card == null) {
                card = new GaugeCard(g, resources.getString("gauge.openSettings"), presenter::openSettings);
            } else {
                card.show(g);
            }
            shownCards.put(g.requirement(), card);
        }
        List<GaugeCard> cards = presenter.gauges().stream().map(g -> shownCards.get(g.requirement())).toList();
        if (!gaugeBox.getChildren().equals(cards)) {
            gaugeBox.getChildren().setAll(cards);
        }
    }

    @FXML private void openDemo() {
        presenter.openDemo();
    }

    @FXML private void leaveDemo() {
        presenter.leaveDemo();
    }

    @FXML private void messageReceived() {
        presenter.messageReceivedNow();
    }

    @FXML private void replied() {
        presenter.repliedNow(presenter.selectedProperty().get());
    }

    @FXML private void dismissOlder() {
        presenter.dismissOlderUnanswered();
    }
}
