package jp.nintei.messages;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import java.util.Map;
import jp.nintei.ui.FormBinder;
import jp.nintei.ui.FittedColumns;
import jp.nintei.ui.PagedTable;
import jp.nintei.domain.MessageColumn;
import jp.nintei.domain.Message;

/** Binds the messages table and form to the presenter. */
public final class MessagesController {

    private final MessagesPresenter presenter;

    @FXML private ResourceBundle resources;
    @FXML private TextField messagesSearch;
    @FXML private TableView<Message> messagesTable;
    @FXML private TableColumn<Message, String> clientColumn;
    @FXML private TableColumn<Message, String> receivedColumn;
    @FXML private TableColumn<Message, String> repliedColumn;
    @FXML private TableColumn<Message, String> noReplyColumn;
    @FXML private TableColumn<Message, String> noteColumn;
    @FXML private Label formTitle;
    @FXML private TextField clientField;
    @FXML private TextField receivedField;
    @FXML private TextField repliedField;
    @FXML private CheckBox noReplyCheck;
    @FXML private TextField noteField;
    @FXML private Label clientError;
    @FXML private Label receivedError;
    @FXML private Label repliedError;
    @FXML private Label noteError;
    @FXML private Button messageSaveButton;
    @FXML private Button messageDeleteButton;

    public MessagesController(MessagesPresenter presenter) {
        this.presenter = presenter;
    }

    @FXML
    private void initialize() {
        PagedTable.column(clientColumn, r -> r.client());
        FittedColumns.fit(receivedColumn, r -> presenter.showTime(r.receivedAt()), presenter.widestTime());
        FittedColumns.fit(repliedColumn, r -> presenter.showTime(r.repliedAt()), presenter.widestTime());
        FittedColumns.mark(noReplyColumn, Message::noReplyNeeded);
        PagedTable.column(noteColumn, r -> r.note());
        PagedTable.bind(messagesTable, presenter, Map.of(clientColumn, MessageColumn.CLIENT,
                receivedColumn, MessageColumn.RECEIVED_AT, repliedColumn, MessageColumn.REPLIED_AT,
                noReplyColumn, MessageColumn.NO_REPLY_NEEDED, noteColumn, MessageColumn.NOTE), messagesSearch);

        FormBinder binder = new FormBinder(presenter.form());
        binder.bind(clientField, presenter.client, clientError);
        binder.bind(receivedField, presenter.receivedAt, receivedError);
        binder.bind(repliedField, presenter.repliedAt, repliedError);
        binder.bind(noteField, presenter.note, noteError);
        noReplyCheck.selectedProperty().bindBidirectional(presenter.noReplyNeeded);
        messageSaveButton.disableProperty().bind(presenter.form().validProperty().not());
        messageDeleteButton.disableProperty().bind(presenter.editingProperty().isNull());
        formTitle.textProperty().bind(Bindings.when(presenter.editingProperty().isNull())
                .then(resources.getString("form.newRecord")).otherwise(resources.getString("form.editRecord")));
    }

    @FXML private void newMessage() {
        messagesTable.getSelectionModel().clearSelection();
        presenter.startNew();
        clientField.requestFocus();
    }

    @FXML private void save() {
        if (presenter.save()) {
            messagesTable.getSelectionModel().clearSelection();
        }
    }

    @FXML private void delete() {
        presenter.delete(presenter.editingProperty().get());
    }
}
