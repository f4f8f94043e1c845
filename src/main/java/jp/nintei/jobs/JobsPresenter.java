package jp.nintei.jobs;

import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.nintei.ui.Dialogs;
import jp.nintei.ui.EditorPresenter;
import jp.nintei.ui.Form;
import jp.nintei.ui.LogbookSession;
import jp.nintei.domain.TimeFormats;
import jp.nintei.domain.Job;
import jp.nintei.domain.JobColumn;
import jp.nintei.domain.JobStatus;
import jp.nintei.domain.Values;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.nintei.domain.RecordKind;

/** The Jobs screen: the table of jobs and the job form. */
public final class JobsPresenter extends EditorPresenter<Job> {

    public final Form.Field title;
    public final Form.Field client;
    public final Form.Field category;
    public final Form.Field orderedOn;
    public final Form.Field closedOn;
    public final Form.Field amount;
    public final Form.Field note;
    public final ObjectProperty<JobStatus> status = new SimpleObjectProperty<>(JobStatus.IN_PROGRESS);
    public final BooleanProperty excluded = new SimpleBooleanProperty();
    private final ObservableList<String> categories = FXCollections
            .observableArrayList();

    public JobsPresenter(LogbookSession session, Dialogs dialogs) {
        super(session, dialogs, RecordKind.JOBS);
        title = form.field(JobColumn.TITLE, v -> Form.Problem.check(() -> Values.text("title", v)));
        client = form.field(JobColumn.CLIENT, v -> Form.Problem.check(() -> Values.text("client", v)));
        category = form.field(JobColumn.CATEGORY, v -> Form.Problem.check(() -> Values.category("category", v)));
        orderedOn = form.field(JobColumn.ORDERED_ON, v -> Form.Problem.check(() -> TimeFormats.date("ordered_on", v)));
        closedOn = form.field(JobColumn.CLOSED_ON, this::closedOnError);
        amount = form.field(JobColumn.AMOUNT_JPY,
                v -> v.isEmpty() ? null : Form.Problem.check(() -> Values.yen("amount_jpy", v)));
        note = form.field(JobColumn.NOTE, v -> Form.Problem.check(() -> Values.text("note", v)));
        form.watch(excluded);
        form.watch(status);
        // measured with the state, in its transaction: a change brings them, no screen reads them again
        categories.setAll(session.shown().stateProperty().get().categories());
        session.shown().stateProperty().addListener((obs, old, now) -> {
            if (!now.categories().equals(categories)) {
                categories.setAll(now.categories());
            }
        });
        newRow();
    }

    /** A date, and then the job's own rule of the closing day ({@link Job#checkClosedOn}) with what is typed so far. */
    private Form.Problem closedOnError(String v) {
        Form.Problem notADate = v.isEmpty() ? null : Form.Problem.check(() -> TimeFormats.date("closed_on", v));
        return notADate != null ? notADate
                : Form.Problem.check(() -> Job.checkClosedOn(status.get(), date(orderedOn.text()), date(v)));
    }

    private static LocalDate date(String v) {
        return TimeFormats.parseDate(v).orElse(null);
    }

    /** The categories already used, offered by the category field: a typo would split the earnings. */
    public ObservableList<String> categories() {
        return categories;
    }

    @Override
    protected void load(Job job) {
        title.textProperty().set(job.title());
        client.textProperty().set(job.client());
        category.textProperty().set(job.category());
        orderedOn.textProperty().set(job.orderedOn().toString());
        status.set(job.status());
        closedOn.textProperty().set(job.closedOn() == null ? "" : job.closedOn().toString());
        amount.textProperty().set(job.amountJpy() == null ? "" : job.amountJpy().toString());
        excluded.set(job.excluded());
        note.textProperty().set(job.note());
    }

    /**
     * A fresh job: empty, but for the defaults it says — today as the order date, and the category chosen in Settings
     * (the note under the field says where it comes from). Nothing of the job saved before is kept.
     */
    @Override
    protected void clear() {
        for (Form.Field f : new Form.Field[] {title, client, closedOn, amount, note}) {
            f.textProperty().set("");
        }
        category.textProperty().set(settingsCategory());
        orderedOn.textProperty().set(session.now().toLocalDate().toString());
        status.set(JobStatus.IN_PROGRESS);
        excluded.set(false);
    }

    private String settingsCategory() {
        return session.shown().stateProperty().get().settings().earningsCategory();
    }

    /** "From Settings" under the category while it is the one chosen in Settings, given as a new job's default. */
    public StringBinding categoryNoteProperty() {
        return Bindings.createStringBinding(() -> editingProperty().get() == null
                        && !settingsCategory().isEmpty() && category.text().equals(settingsCategory())
                        ? session.l10n().text("jobs.categoryFromSettings") : "",
                category.textProperty(), editingProperty(), session.shown().stateProperty(),
                session.l10n().bundleProperty());
    }

    @Override
    protected Job build(long id) {
        return new Job(id, title.text(), client.text(), category.text(), date(orderedOn.text()), status.get(),
                closedOn.text().isEmpty() ? null : date(closedOn.text()),
                amount.text().isEmpty() ? null : Values.parseYen(amount.text()).orElseThrow(), excluded.get(), note.text());
    }


    @Override
    protected String describe(Job job) {
        return job.title();
    }
}
