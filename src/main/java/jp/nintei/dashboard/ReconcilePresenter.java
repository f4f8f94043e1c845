package jp.nintei.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.nintei.domain.Reconciliation;
import jp.nintei.domain.Reconciliation.Figure;
import jp.nintei.ui.LogbookSession;

/**
 * The dashboard's "Compare with Lancers…" card: the figures the platform shows, typed in, against the logbook now —
 * the same comparison as the CLI's {@code reconcile}, each line in words. The figures compared are kept with today, and
 * the history chart shows them beside Nintei's line.
 */
public final class ReconcilePresenter {

    /** What is typed, per figure: empty for a figure not compared. */
    public final Map<Figure, StringProperty> typed = new EnumMap<>(Figure.class);
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final LogbookSession session;

    public ReconcilePresenter(LogbookSession session) {
        this.session = session;
        for (Figure figure : Figure.values()) {
            typed.put(figure, new SimpleStringProperty(""));
        }
    }

    /** One line per figure compared: "Reply rate: Lancers 78.5, Nintei 86.0 — missing from your logbook …". */
    public ObservableList<String> lines() {
        return lines;
    }

    /** What is wrong with what was typed, in words; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Compare: the typed figures are checked as the CLI checks them, then compared off the FX thread. */
    public void compare() {
        Map<Figure, BigDecimal> platform = new EnumMap<>(Figure.class);
        List<String> wrong = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            String text = typed.get(figure).get().strip();
            if (!text.isEmpty()) {
                figure.parse(text).ifPresentOrElse(value -> platform.put(figure, value), () -> wrong.add(
                        session.l10n().text("reconcile.badFigure", name(figure), figure.lowest(), figure.highest())));
            }
        }
        if (platform.isEmpty() && wrong.isEmpty()) {
            wrong.add(session.l10n().text("reconcile.nothingTyped"));
        }
        problem.set(String.join(" ", wrong));
        if (!wrong.isEmpty()) {
            lines.clear();
            return;
        }
        session.change(w -> w.reconcile(platform), compared -> lines.setAll(compared.stream().map(this::said).toList()),
                "status.failed");
    }

    private String said(Reconciliation.Line line) {
        return session.l10n().text("reconcile.line", name(line.figure()), line.platform().toPlainString(),
                line.nintei() == null ? "—" : line.nintei().toPlainString(), session.l10n().text(line.explanation()));
    }

    String name(Figure figure) {
        return session.l10n().text("reconcile.figure." + figure.name());
    }
}
