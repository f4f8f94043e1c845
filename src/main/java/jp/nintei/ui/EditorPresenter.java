package jp.nintei.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.nintei.domain.Logbook;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RecordStore;

/**
 * The shared part of the Jobs, Messages and Reviews screens: the rows of one kind, kept current from the session,
 * and an edit form for a new or an existing row. Save writes only a valid form; delete asks first.
 */
public abstract class EditorPresenter<T> {

    protected final LogbookSession session;
    protected final Dialogs dialogs;
    protected final Form form;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<T> editing = new ReadOnlyObjectWrapper<>();
    private final Function<LogbookStore, RecordStore<T>> storeOf;
    private final ToLongFunction<T> idOf;

    /**
     * @param rowsOf  the rows of this screen in a logbook snapshot
     * @param storeOf where they are stored
     * @param idOf    a row's id (0 for a new one)
     */
    protected EditorPresenter(LogbookSession session, Dialogs dialogs, Function<Logbook, List<T>> rowsOf,
                              Function<LogbookStore, RecordStore<T>> storeOf, ToLongFunction<T> idOf) {
        this.session = session;
        this.dialogs = dialogs;
        this.storeOf = storeOf;
        this.idOf = idOf;
        this.form = new Form(session.l10n());
        session.logbookProperty().addListener((obs, old, now) -> rows.setAll(rowsOf.apply(now)));
        rows.setAll(rowsOf.apply(session.logbookProperty().get()));
    }

    /** Fills the form from a row. */
    protected abstract void load(T row);

    /** Empties the form for a new row. */
    protected abstract void clear();

    /** The row the valid form describes, with {@code id} (0 for a new row). */
    protected abstract T build(long id);

    /** The bundle key prefix of this screen's messages, e.g. {@code jobs}. */
    protected abstract String keyPrefix();

    protected abstract String describe(T row);

    public void newRow() {
        editing.set(null);
        form.fill(this::clear);
    }

    public void edit(T row) {
        editing.set(row);
        form.fill(() -> load(row));
    }

    /** Saves the form as a new row or over the one being edited; does nothing while the form is invalid. */
    public boolean save() {
        form.validate();
        if (!form.isValid()) {
            return false;
        }
        T current = editing.get();
        T row = build(current == null ? 0 : idOf.applyAsLong(current));
        if (current == null) {
            session.change(store -> storeOf.apply(store).add(row), keyPrefix() + ".added", describe(row));
        } else {
            session.change(store -> storeOf.apply(store).update(row), keyPrefix() + ".updated", describe(row));
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
            session.change(store -> storeOf.apply(store).delete(idOf.applyAsLong(row)), keyPrefix() + ".deleted",
                    describe(row));
            if (row.equals(editing.get())) {
                newRow();
            }
        }
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<T> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public Form form() {
        return form;
    }
}
