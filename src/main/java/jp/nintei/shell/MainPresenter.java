package jp.nintei.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.Map;
import jp.nintei.app.Imports;
import jp.nintei.app.Workspace;
import java.util.function.Consumer;
import jp.nintei.store.RefusedFileException;
import jp.nintei.store.StoreException;
import jp.nintei.domain.Version;
import jp.nintei.i18n.Phrase;
import jp.nintei.ui.*;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import jp.nintei.domain.RecordKind;
import jp.nintei.dashboard.DashboardPresenter;
import jp.nintei.domain.Message;
import jp.nintei.messages.MessagesPresenter;

/** The main window: which screen is shown, the language, and the File menu's export. */
public final class MainPresenter {

    /** The screens of the side bar, in order (Shortcut+1 … Shortcut+5). */
    public enum Screen { DASHBOARD, JOBS, MESSAGES, REVIEWS, SETTINGS }

    private final LogbookSession session;
    private final Dialogs dialogs;
    private final Preferences preferences;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.DASHBOARD);
    /** View → Theme: System (the default), Light or Dark; the window applies it. */
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final DashboardPresenter dashboard;
    private final MessagesPresenter messages;
    private Path lastKept;

    public MainPresenter(LogbookSession session, Dialogs dialogs, Preferences preferences, DashboardPresenter dashboard,
                         MessagesPresenter messages) {
        this.session = session;
        this.dashboard = dashboard;
        this.messages = messages;
        this.dialogs = dialogs;
        this.preferences = preferences;
        theme.set(preferences.theme().orElse(Theme.SYSTEM));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** View → Theme: applied at once and remembered. */
    public void chooseTheme(Theme chosen) {
        theme.set(chosen);
        preferences.saveTheme(chosen);
    }

    /** {@code --theme}: applied for this run only; the remembered choice stays. */
    public void themeForThisRun(Theme chosen) {
        theme.set(chosen);
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    private final Map<Screen, UnsavedEdits> forms = new EnumMap<>(Screen.class);

    /** The form of {@code s} whose typing must not be lost on leaving it. */
    public void guard(Screen s, UnsavedEdits form) {
        forms.put(s, form);
    }

    /**
     * Shows {@code s}. Leaving a screen settles its form first (the settings save a valid field); typing that would
     * still be lost is asked about: Cancel stays on the form. Returns whether {@code s} is shown.
     */
    public boolean show(Screen s) {
        if (s != screen.get() && !mayLeave(screen.get())) {
            return false;
        }
        screen.set(s);
        return true;
    }

    /** Before quitting: every screen's form settled, or the user agrees to lose what is still unsaved. */
    public boolean mayClose() {
        for (Map.Entry<Screen, UnsavedEdits> guarded : forms.entrySet()) {
            if (!guarded.getValue().settle()) {
                screen.set(guarded.getKey()); // show the form the question is about
                if (!askToDiscard(guarded.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean mayLeave(Screen s) {
        UnsavedEdits form = forms.get(s);
        return form == null || form.settle() || askToDiscard(form);
    }

    private boolean askToDiscard(UnsavedEdits form) {
        if (dialogs.confirm(session.l10n().text("unsaved.title"),
                session.l10n().text("unsaved.confirm", form.unsavedDescription()))) {
            form.discard();
            return true;
        }
        return false;
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
        chosen("export", dialogs.chooseSaveFile(session.l10n().text("export.title"), startFolder("export"),
                session.l10n().text("export.fileName", session.now().toLocalDate().toString())))
                .ifPresent(file -> session.run(w -> w.exportSummary(file, session.l10n().texts()),
                        written -> session.status().say("status.exported", written.toString()), "status.exportFailed"));
    }

    /** File → Back up now…: a consistent copy (SQLite's online backup API) where the user says. */
    public void backupNow() {
        chosen("backup", dialogs.chooseSaveFile(session.l10n().text("backup.title"), startFolder("backup"),
                session.l10n().text("backup.fileName", session.now().toLocalDate().toString())))
                .ifPresent(file -> session.run(w -> w.backupTo(file),
                        written -> session.status().say("status.backedUp", written.toString()), "status.backupFailed"));
    }

    /**
     * Where a file dialog for {@code kind} opens: the folder the user last chose for that kind of file, else the
     * documents folder — never the logbook's own folder. A file chooser opens and reads the files of the folder it
     * shows (to tell their types), and on Linux a close() of the logbook's files from this process drops SQLite's
     * locks: another program could then take its journal away.
     */
    Path startFolder(String kind) {
        return preferences.lastFolder(kind).filter(Files::isDirectory)
                .filter(folder -> !isDataFolder(folder)).orElse(UserFolders.documents(System.getenv()));
    }

    /** After any file dialog: the logbook's locks are taken again, and a folder chosen is remembered for its kind. */
    private Optional<Path> chosen(String kind, Optional<Path> file) {
        session.fileDialogClosed();
        file.map(f -> f.toAbsolutePath().getParent()).filter(folder -> !isDataFolder(folder))
                .ifPresent(folder -> preferences.saveLastFolder(kind, folder));
        return file;
    }

    private boolean isDataFolder(Path folder) {
        Path data = session.logbookFile().toAbsolutePath().getParent();
        try {
            return Files.isSameFile(folder, data);
        } catch (IOException e) {
            return folder.toAbsolutePath().normalize().equals(data.normalize());
        }
    }

    /**
     * File → Restore from backup…: asks for the backup and for confirmation, verifies the backup, keeps the logbook it
     * replaces in the backups folder, and shows the restored data at once.
     */
    public void restore() {
        // the backups folder, inside the data folder but holding no file SQLite has open
        Optional<Path> chosen = chosen("restore", dialogs.chooseOpenFile(session.l10n().text("restore.title"),
                session.backupsFolder(), "db"));
        if (chosen.isEmpty() || !dialogs.confirm(session.l10n().text("restore.title"),
                session.l10n().text("restore.confirm", chosen.get().getFileName()))) {
            return;
        }
        if (session.shown().demoProperty().get()) {
            session.status().sayError(session.l10n().text("status.demoNoRestore"));
            return;
        }
        Path backup = chosen.get();
        session.change(w -> w.restore(backup), kept -> {
            lastKept = kept;
            session.status().say("status.restored", backup.getFileName());
        }, "status.failed");
    }

    /** Where the last restore kept the logbook it replaced. */
    public Optional<Path> lastReplacedCopy() {
        return Optional.ofNullable(lastKept);
    }

    /**
     * File → Import: the same all-or-nothing import as the CLI. A bad file is reported with its line and field and
     * changes nothing.
     */
    public void importCsv(RecordKind<?> kind) {
        chosen("import", dialogs.chooseOpenFile(session.l10n().text("import.title." + kind.name()),
                startFolder("import"), "csv")).ifPresent(file -> preview(kind, file));
    }

    private <T> void preview(RecordKind<T> kind, Path file) {
        session.run(w -> w.previewImport(kind, file, session.l10n().texts()), this::confirmImport,
                "status.importFailed");
    }

    /**
     * Today's automatic backup, at start, if none was made today, after the check the open left for later. A failed
     * backup is said, not fatal; a logbook the check refuses goes to {@code onRefused} (the start-up's ways back).
     */
    public void dailyBackup(Consumer<StoreException> onRefused) {
        // the check (seconds on a big logbook) beside the queue: the screens' reads meanwhile do not wait for it; on
        // the first start of a day, the backup's verified copy stands for it instead (one read of the logbook, not two)
        session.runAside(Workspace::checkLeftForLater, checked -> backUp(onRefused), e -> refused(e, onRefused));
    }

    private void backUp(Consumer<StoreException> onRefused) {
        // beside the queue too: it holds the logbook's connection only to copy it (a second on a million messages),
        // and verifies the copy and recounts the totals on it on connections of their own
        session.runAside(Workspace::dailyBackup, daily -> {
            if (daily.recounted()) {
                session.refresh(); // measured again from the totals as recounted, and told if they were rebuilt
            }
            if (!daily.warnings().isEmpty()) {
                session.status().sayError(session.l10n().text("status.backupFailed",
                        Phrase.joined(daily.warnings())));
            }
        }, e -> refused(e, onRefused));
    }

    /** A logbook the check refused goes to {@code onRefused}; anything else is a backup that failed, said. */
    private void refused(Exception e, Consumer<StoreException> onRefused) {
        if (e instanceof RefusedFileException refused) {
            onRefused.accept(refused);
        } else {
            session.status().failed("status.backupFailed", e);
        }
    }

    /** Rows already in the logbook are shown before anything is written, and the user decides. */
    private <T> void confirmImport(Imports.Preview<T> preview) {
        if (preview.added() == 0 && !preview.rows().isEmpty()) {
            session.status().say("status.importNothingNew", preview.file().getFileName(), preview.rows().size());
            return; // every row is already in the logbook: nothing to ask, nothing to write
        }
        if (preview.alreadyThere() > 0 && !dialogs.confirm(session.l10n().text("import.duplicatesTitle"),
                session.l10n().text("import.duplicates", preview.added(), preview.alreadyThere()))) {
            session.status().say("status.importCancelled");
            return;
        }
        session.change(w -> w.importRows(preview), session.status()::say, "status.importFailed");
    }

    /** Shortcut+R: the message selected on the screen shown (Messages table or the dashboard's list) was answered. */
    public void repliedNow() {
        dashboard.repliedNow(selectedMessage());
    }

    /** Shortcut+Shift+N: the selected message needs no reply. */
    public void noReplyNeeded() {
        dashboard.noReplyNeeded(selectedMessage());
    }

    private Message selectedMessage() {
        return screen.get() == Screen.MESSAGES ? messages.editingProperty().get() : dashboard.selectedProperty().get();
    }

    /** The About box's text: version, licence, the logbook and its folder, the program and where its rules come from. */
    public String aboutText() {
        var profile = session.profile();
        String language = session.l10n().locale().getLanguage();
        return session.l10n().text("about.text", Version.current(), logbookPath(),
                session.logbookFile().toAbsolutePath().getParent(), profile.name(language), profile.sources(language));
    }

    /** Opens the folder of the logbook (backups, profiles) in the system's file manager. */
    public void openDataFolder() {
        String folder = session.logbookFile().toAbsolutePath().getParent().toString();
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String[] command = os.startsWith("windows") ? new String[] {"explorer", folder}
                : os.startsWith("mac") ? new String[] {"open", folder} : new String[] {"xdg-open", folder};
        try {
            new ProcessBuilder(command).start();
        } catch (IOException e) {
            session.status().sayError(session.l10n().text("about.cannotOpen", folder));
        }
    }

    public String logbookPath() {
        return session.logbookFile().toString();
    }
}
