package jp.nintei.messages;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import jp.nintei.ui.FormBinder;
import jp.nintei.ui.LogbookSession;
import jp.nintei.domain.Message;

/** Binds the messages table and form to the presenter. */
public final class MessagesController {

    private final MessagesPresenter presenter;
    private final LogbookSession session;

    @FXML private ResourceBundle resources;
    @FXML private TableView<Message> messagesTable;
    @FXML private TableColumn<Message, String> clientColumn;
    @FXML private TableColumn<Message, String> receivedColumn;
    @FXML private TableColumn<Message, String> repliedColumn;
    @FXML private TableColumn<Message, Boolean> noReplyColumn;
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

    public MessagesController(MessagesPresenter presenter, LogbookSession session) {
        this.presenter = presenter;
        this.session = session;
    }

    @FXML
    private void initialize() {
        clientColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().client()));
        receivedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(presenter.show(c.getValue().receivedAt())));
        repliedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(presenter.show(c.getValue().repliedAt())));
        noReplyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().noReplyNeeded()));
        noteColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().note()));
        SortedList<Message> sorted = new SortedList<>(presenter.rows());
        sorted.comparatorProperty().bind(messagesTable.comparatorProperty());
        messagesTable.setItems(sorted);
        messagesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            session.selectedMessageProperty().set(now);
            if (now != null) {
                presenter.edit(now);
            }
        });

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
        presenter.newRow();
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
