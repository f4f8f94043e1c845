package jp.nintei.shell;

import jp.nintei.ui.*;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.nintei.csv.CsvFiles;
import jp.nintei.csv.CsvImporter;
import jp.nintei.csv.CsvKind;
import jp.nintei.csv.SummaryCsv;
import jp.nintei.domain.AsOf;
import jp.nintei.domain.CertificationEngine;
import jp.nintei.domain.RuleProfile;
import jp.nintei.store.Backups;

/** The main window: which screen is shown, the language, and the File menu's export. */
public final class MainPresenter {

    /** The screens of the side bar, in order (Shortcut+1 … Shortcut+5). */
    public enum Screen { DASHBOARD, JOBS, MESSAGES, REVIEWS, SETTINGS }

    private final LogbookSession session;
    private final Dialogs dialogs;
    private final Preferences preferences;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DASHBOARD);
    private volatile Path lastKept;

    public MainPresenter(LogbookSession session, Dialogs dialogs, Preferences preferences) {
        this.session = session;
        this.dialogs = dialogs;
        this.preferences = preferences;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public void show(Screen s) {
        screen.set(s);
    }

    public void setLanguage(Locale locale) {
        if (!Localization.defaultFor(locale).equals(session.l10n().locale())) {
            preferences.saveLanguage(Localization.defaultFor(locale));
            session.l10n().setLocale(locale);
        }
    }

    /**
     * File → Export progress summary…: the same CSV as the CLI {@code summary}, as of now, written with a BOM to a
     * file the user picks.
     */
    public void exportSummary() {
        Optional<Path> target = dialogs.chooseSaveFile(session.l10n().text("export.title"),
                session.l10n().text("export.fileName", session.now().toLocalDate().toString()));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        session.runner().run(() -> {
            String csv = SummaryCsv.write(CertificationEngine.evaluate(session.store().snapshot(),
                    AsOf.of(session.now()), RuleProfile.LANCERS_CERTIFIED));
            CsvFiles.writeForExcel(file, csv);
            return file.toAbsolutePath();
        }, written -> session.report("status.exported", written.toString()),
                e -> session.reportError(session.l10n().text("status.exportFailed", file, e.getMessage())));
    }

    /** File → Back up now…: a consistent copy (SQLite's online backup API) where the user says. */
    public void backupNow() {
        Optional<Path> target = dialogs.chooseSaveFile(session.l10n().text("backup.title"),
                session.l10n().text("backup.fileName", session.now().toLocalDate().toString()));
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        session.runner().run(() -> {
            session.store().backupTo(file);
            return file.toAbsolutePath();
        }, written -> session.report("status.backedUp", written.toString()),
                e -> session.reportError(session.l10n().text("status.backupFailed",
                        StoreMessages.describe(e, session.l10n()))));
    }

    /**
     * File → Restore from backup…: asks for the backup and for confirmation, verifies the backup, keeps the logbook it
     * replaces in the backups folder, and shows the restored data at once.
     */
    public void restore() {
        Optional<Path> chosen = dialogs.chooseOpenFile(session.l10n().text("restore.title"),
                Backups.folder(session.store().file()), "db");
        if (chosen.isEmpty() || !dialogs.confirm(session.l10n().text("restore.title"),
                session.l10n().text("restore.confirm", chosen.get().getFileName()))) {
            return;
        }
        Path backup = chosen.get();
        session.change(store -> lastKept = store.restoreFrom(backup, session.now().toLocalDateTime()),
                "status.restored", backup.getFileName());
    }

    /** Where the last restore kept the logbook it replaced. */
    public Optional<Path> lastReplacedCopy() {
        return Optional.ofNullable(lastKept);
    }

    /**
     * File → Import: the same all-or-nothing import as the CLI. A bad file is reported with its line and field and
     * changes nothing.
     */
    public void importCsv(CsvKind<?> kind) {
        Optional<Path> chosen = dialogs.chooseOpenFile(session.l10n().text("import.title." + kind.name()),
                session.store().file().getParent(), "csv");
        chosen.ifPresent(file -> importRows(kind, file));
    }

    private <T> void importRows(CsvKind<T> kind, Path file) {
        session.runner().run(() -> new CsvImporter(session.clock().getZone()).read(file, kind), rows ->
                session.change(store -> store.records(kind.type()).addAll(rows), "status.imported." + kind.name(),
                        rows.size(), file.getFileName()),
                e -> session.reportError(session.l10n().text("status.importFailed", e.getMessage())));
    }

    /** Today's automatic backup, off the FX thread; a failure is reported, not fatal. */
    public void dailyBackup() {
        session.runner().run(() -> session.store().dailyBackup(session.now().toLocalDate()), made -> { },
                e -> session.reportError(session.l10n().text("status.backupFailed", e.getMessage())));
    }

    public String logbookPath() {
        return session.store().file().toString();
    }
}
