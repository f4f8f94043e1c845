package jp.nintei.jobs;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import java.util.Map;
import jp.nintei.ui.FormBinder;
import jp.nintei.ui.FittedColumns;
import jp.nintei.ui.PagedTable;
import jp.nintei.domain.JobColumn;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobStatus;
import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import jp.nintei.ui.Focus;
import jp.nintei.ui.Styles;

/** Binds the jobs table and form to the presenter. */
public final class JobsController {

    private final JobsPresenter presenter;

    @FXML private ResourceBundle resources;
    @FXML private TextField jobsSearch;
    @FXML private TableView<Job> jobsTable;
    @FXML private TableColumn<Job, String> titleColumn;
    @FXML private TableColumn<Job, String> clientColumn;
    @FXML private TableColumn<Job, String> categoryColumn;
    @FXML private TableColumn<Job, String> orderedColumn;
    @FXML private TableColumn<Job, String> statusColumn;
    @FXML private TableColumn<Job, String> closedColumn;
    @FXML private TableColumn<Job, String> amountColumn;
    @FXML private Label formTitle;
    @FXML private TextField titleField;
    @FXML private TextField clientField;
    @FXML private ComboBox<String> categoryCombo;
    @FXML private TextField orderedField;
    @FXML private ChoiceBox<JobStatus> statusChoice;
    @FXML private TextField closedField;
    @FXML private TextField amountField;
    @FXML private CheckBox excludedCheck;
    @FXML private TextField noteField;
    @FXML private Label titleError;
    @FXML private Label clientError;
    @FXML private Label categoryError;
    @FXML private Label categoryNote;
    @FXML private Label orderedError;
    @FXML private Label closedError;
    @FXML private Label amountError;
    @FXML private Label noteError;
    @FXML private Button jobSaveButton;
    @FXML private Button jobDeleteButton;

    public JobsController(JobsPresenter presenter) {
        this.presenter = presenter;
    }

    @FXML
    private void initialize() {
        PagedTable.column(titleColumn, r -> r.title());
        PagedTable.column(clientColumn, r -> r.client());
        PagedTable.column(categoryColumn, r -> r.category());
        FittedColumns.fit(orderedColumn, r -> presenter.showDay(r.orderedOn()), presenter.widestDay());
        FittedColumns.fit(statusColumn, r -> statusText(r.status()),
                Arrays.stream(JobStatus.values()).map(this::statusText).toArray(String[]::new));
        FittedColumns.fit(closedColumn, r -> presenter.showDay(r.closedOn()), presenter.widestDay());
        FittedColumns.fit(amountColumn, r -> r.amountJpy() == null ? "" : String.format("%,d", r.amountJpy()),
                "99,999,999");
        amountColumn.getStyleClass().add("number");
        // an excluded job is a muted row that says why: a column of its own would not fit a small window
        jobsTable.setRowFactory(table -> new TableRow<>() {
            private final Tooltip why = new Tooltip(
                    resources.getString("table.excludedRow"));

            @Override
            protected void updateItem(Job job, boolean empty) {
                super.updateItem(job, empty);
                boolean excluded = !empty && job != null && job.excluded();
                Styles.toggle(this, Styles.EXCLUDED, excluded);
                setTooltip(excluded ? why : null);
            }
        });
        PagedTable.bind(jobsTable, presenter, Map.of(titleColumn, JobColumn.TITLE, clientColumn, JobColumn.CLIENT,
                categoryColumn, JobColumn.CATEGORY, orderedColumn, JobColumn.ORDERED_ON, statusColumn, JobColumn.STATUS,
                closedColumn, JobColumn.CLOSED_ON, amountColumn, JobColumn.AMOUNT_JPY), jobsSearch);

        FormBinder binder = new FormBinder(presenter.form());
        binder.bind(titleField, presenter.title, titleError);
        binder.bind(clientField, presenter.client, clientError);
        categoryCombo.setItems(presenter.categories());
        presenter.typingRequestsProperty().addListener(obs -> Focus.request(titleField));
        binder.bind(categoryCombo, presenter.category, categoryError);
        categoryNote.textProperty().bind(presenter.categoryNoteProperty());
        binder.bind(orderedField, presenter.orderedOn, orderedError);
        binder.bind(closedField, presenter.closedOn, closedError);
        binder.bind(amountField, presenter.amount, amountError);
        binder.bind(noteField, presenter.note, noteError);
        statusChoice.getItems().setAll(JobStatus.values());
        statusChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(JobStatus s) {
                return s == null ? "" : statusText(s);
            }

            @Override
            public JobStatus fromString(String text) {
                return null;
            }
        });
        statusChoice.valueProperty().bindBidirectional(presenter.status);
        excludedCheck.selectedProperty().bindBidirectional(presenter.excluded);
        jobSaveButton.disableProperty().bind(presenter.form().validProperty().not());
        jobDeleteButton.disableProperty().bind(presenter.editingProperty().isNull());
        formTitle.textProperty().bind(Bindings.when(presenter.editingProperty().isNull())
                .then(resources.getString("form.newRecord")).otherwise(resources.getString("form.editRecord")));
    }

    private String statusText(JobStatus status) {
        return resources.getString("jobStatus." + status.code());
    }

    @FXML private void newJob() {
        jobsTable.getSelectionModel().clearSelection();
        presenter.startNew();
        titleField.requestFocus();
    }

    @FXML private void save() {
        if (presenter.save()) {
            jobsTable.getSelectionModel().clearSelection();
        }
    }

    @FXML private void delete() {
        presenter.delete(presenter.editingProperty().get());
    }
}
