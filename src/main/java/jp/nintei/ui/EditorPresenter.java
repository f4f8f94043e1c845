package jp.nintei.ui;

import jp.nintei.domain.RecordKind;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import jp.nintei.domain.Column;
import jp.nintei.domain.RowQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The shared part of the Jobs, Messages and Reviews screens: the rows of one kind a page at a time from the logbook
 * (sorted and searched in SQL, newest first), reloaded after every change, and an edit form for a new or an existing
 * row. Save writes only a valid form; delete asks first.
 */
public abstract class EditorPresenter<T> implements UnsavedEdits {

    protected final LogbookSession session;
    protected final Dialogs dialogs;
    protected final Form form;
    private final RecordKind<T> kind;
    private final PagedRows<T> rows;
    private final ReadOnlyObjectWrapper<T> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyLongWrapper typingRequests = new ReadOnlyLongWrapper();
    /** The rows are read from the logbook only once someone looks at them: a screen never opened costs nothing. */
    private boolean shown;

    /**
     * @param kind        jobs, messages or reviews
     * The rows are ordered by the kind's time ({@link RecordKind#when()}), newest first, until the user sorts otherwise.
     */
    protected EditorPresenter(LogbookSession session, Dialogs dialogs, RecordKind<T> kind) {
        this.session = session;
        this.dialogs = dialogs;
        this.kind = kind;
        this.form = new Form(session.l10n());
        this.rows = new PagedRows<>(new PagedRows.Source<>() {
            @Override
            public void count(String text, Consumer<Long> onCount) {
                session.read(w -> w.count(kind, text), onCount);
            }

            @Override
            public void page(RowQuery<T> query, Consumer<List<T>> onPage) {
                session.read(w -> w.page(kind, query), onPage);
            }
        }, new RowQuery<>(kind.when(), false, "", 0, PagedRows.PAGE));
        session.shown().changesProperty().addListener(obs -> {
            if (shown) {
                rows.reload();
            }
        });
        search.addListener((obs, old, now) -> sortBy(rows.query().sortColumn(), rows.query().ascending()));
    }

    /** Fills the form from a row. */
    protected abstract void load(T row);

    /** Empties the form for a new row. */
    protected abstract void clear();

    /** The row the valid form describes, with {@code id} (0 for a new row). */
    protected abstract T build(long id);

    /** The screen's bundle keys start so: {@code jobs}, {@code messages}, {@code reviews} (its kind's name). */
    protected final String keyPrefix() {
        return kind.name();
    }

    protected abstract String describe(T row);

    /** Orders the table by {@code column}, as the user clicked its header. */
    public void sortBy(Column<T> column, boolean ascending) {
        rows().setQuery(new RowQuery<>(column, ascending, search.get(), 0, PagedRows.PAGE));
    }

    /** Shortcut+J / Shortcut+K: a new, empty form with the cursor in its first field (the view puts it there). */
    public void startTyping() {
        if (startNew()) {
            typingRequests.set(typingRequests.get() + 1);
        }
    }

    /** New: an empty form; typing not saved yet is asked about first (Cancel keeps it). */
    public boolean startNew() {
        if (form.isDirty() && !dialogs.confirm(session.l10n().text("unsaved.title"),
                session.l10n().text("unsaved.confirm", unsavedDescription()))) {
            return false;
        }
        newRow();
        return true;
    }

    /** Moves each time the form wants the cursor in its first field. */
    public ReadOnlyLongProperty typingRequestsProperty() {
        return typingRequests.getReadOnlyProperty();
    }

    public void newRow() {
        editing.set(null);
        form.fill(this::clear);
    }

    public void edit(T row) {
        editing.set(row);
        form.fill(() -> load(row));
    }

    /** A row picked in the table: opened in the form, unless typing not saved yet is kept (asked first). */
    public boolean open(T row) {
        if (row.equals(editing.get())) {
            return true;
        }
        if (form.isDirty() && !dialogs.confirm(session.l10n().text("unsaved.title"),
                session.l10n().text("unsaved.confirm", unsavedDescription()))) {
            return false;
        }
        edit(row);
        return true;
    }

    /** Saves the form as a new row or over the one being edited; does nothing while the form is invalid. */
    public boolean save() {
        form.validate();
        if (!form.isValid()) {
            return false;
        }
        T current = editing.get();
        T row = build(current == null ? 0 : kind.idOf(current));
        if (current == null) {
            session.add(kind, row, added -> { }, keyPrefix() + ".added", describe(row));
        } else {
            session.update(kind, row, keyPrefix() + ".updated", describe(row));
        }
        newRow();
        return true;
    }

    public void delete(T row) {
        if (row == null) {
            return;
        }
        if (dialogs.confirm(session.l10n().text(keyPrefix() + ".deleteTitle"),
                session.l10n().text(keyPrefix() + ".deleteConfirm", describe(row)))) {
            session.delete(kind, kind.idOf(row), keyPrefix() + ".deleted", describe(row));
            if (row.equals(editing.get())) {
                newRow();
            }
        }
    }

    @Override
    public boolean settle() {
        return !form.isDirty();
    }

    @Override
    public String unsavedDescription() {
        return session.l10n().text(keyPrefix() + ".unsaved");
    }

    /** Back to the row being edited as it is stored, or to an empty new form. */
    @Override
    public void discard() {
        T current = editing.get();
        if (current == null) {
            newRow();
        } else {
            edit(current);
        }
    }

    /** The rows, a page at a time (a row not loaded yet reads as null); the first call starts reading them. */
    public PagedRows<T> rows() {
        if (!shown) {
            shown = true;
            rows.reload();
        }
        return rows;
    }

    /** A day as a table shows it: "11/28" in the current year, "2025/11/28" otherwise (narrow, and never ambiguous). */
    public String showDay(LocalDate day) {
        if (day == null) {
            return "";
        }
        return day.format(DateTimeFormatter.ofPattern(
                day.getYear() == session.now().getYear() ? "MM/dd" : "yyyy/MM/dd"));
    }

    /** A time as a table shows it, in the user's zone: "12/02 08:01" this year, "2025/12/02 08:01" before. */
    public String showTime(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        ZonedDateTime local = time.atZoneSameInstant(session.now().getZone());
        return showDay(local.toLocalDate()) + local.format(DateTimeFormatter.ofPattern(" HH:mm"));
    }

    /** The widest a day of {@link #showDay} can be: one of another year. */
    public String widestDay() {
        return showDay(LocalDate.of(2000, 12, 28));
    }

    /** The widest a time of {@link #showTime} can be. */
    public String widestTime() {
        return widestDay() + " 20:58";
    }

    /** What an empty table says, in the current language: nothing logged yet, or nothing matches the search. */
    public StringBinding emptyText() {
        return Bindings.createStringBinding(() -> search.get().isBlank()
                        ? session.l10n().text("table.empty." + keyPrefix())
                        : session.l10n().text("table.noMatch", search.get().strip()),
                search, session.l10n().bundleProperty());
    }

    /** Text the client, title, note or comment must contain. */
    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyObjectProperty<T> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public Form form() {
        return form;
    }
}
