package jp.nintei.dashboard;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;

/** Binds the dashboard's replies due (to mark as replied, or as needing none) and its quick log of a message's times. */
public final class PendingController {

    private final DashboardPresenter presenter;

    @FXML private ResourceBundle resources;
    @FXML private ListView<PendingReply> pendingList;
    @FXML private Label overdueRule;
    @FXML private HBox olderPane;
    @FXML private Label pendingTitle;
    @FXML private Label olderLabel;

    public PendingController(DashboardPresenter presenter) {
        this.presenter = presenter;
    }

    @FXML
    private void initialize() {
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
