package jp.nintei.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import jp.nintei.ui.*;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import jp.nintei.ui.Theme;
import java.util.prefs.BackingStoreException;

/**
 * What the app remembers about this machine (not about the logbook): the language and the window's place and size.
 * Kept in Java's user preferences under a node that tests can change.
 */
public final class Preferences {

    /** The window's place and size. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
    }

    private final java.util.prefs.Preferences node;

    public Preferences(String nodePath) {
        this.node = java.util.prefs.Preferences.userRoot().node(nodePath);
    }

    /**
     * Starts reading, on a thread of its own while JavaFX starts, what the opening window needs first: the preferences
     * at {@code nodePath} (Java reads their file with an XML parser of its own: 40–60 ms the first time in a run) and
     * the app's words in their language (the bundle, 14–22 ms), both on the FX thread before the first frame until
     * then. The window then finds them in memory. Where a read fails, the window's own read says so.
     */
    public static CompletableFuture<Localization> readAhead(String nodePath) {
        CompletableFuture<Localization> read = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("nintei-read-ahead").start(() -> {
            try {
                read.complete(new Preferences(nodePath).localization()); // Java keeps the node read, and the bundle
            } catch (Throwable e) { // read again, and said, where the window asks for them
                read.completeExceptionally(e);
            }
        });
        return read;
    }

    /** The app's words in the language chosen here, or else the system's (Japanese where it speaks it, else English). */
    public Localization localization() {
        return new Localization(language().orElse(Localization.defaultFor(Locale.getDefault())));
    }

    public Optional<Locale> language() {
        String tag = node.get("language", null);
        return tag == null ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void saveLanguage(Locale locale) {
        node.put("language", locale.toLanguageTag());
        flush();
    }

    public Optional<Bounds> bounds() {
        double w = node.getDouble("window.width", -1);
        if (w <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Bounds(node.getDouble("window.x", 0), node.getDouble("window.y", 0), w,
                node.getDouble("window.height", 700), node.getBoolean("window.maximized", false)));
    }

    public void saveBounds(Bounds b) {
        node.putDouble("window.x", b.x());
        node.putDouble("window.y", b.y());
        node.putDouble("window.width", b.width());
        node.putDouble("window.height", b.height());
        node.putBoolean("window.maximized", b.maximized());
        flush();
    }

    /** Reminders: on or off, and how many minutes before a reply deadline. */
    /** The theme chosen in View → Theme; empty until one was chosen (the window follows the system). */
    public Optional<Theme> theme() {
        return Theme.parse(node.get("theme", ""));
    }

    public void saveTheme(Theme theme) {
        node.put("theme", theme.id());
        flush();
    }

    public boolean remindersOn() {
        return node.getBoolean("reminders.enabled", true);
    }

    public int reminderLeadMinutes() {
        return node.getInt("reminders.leadMinutes", 120);
    }

    /** Whether closing the window keeps the reminders running (off unless chosen in Settings). */
    public boolean keepReminding() {
        return node.getBoolean("reminders.keepReminding", false);
    }

    public void saveReminders(boolean on, int leadMinutes, boolean keepReminding) {
        node.putBoolean("reminders.enabled", on);
        node.putInt("reminders.leadMinutes", leadMinutes);
        node.putBoolean("reminders.keepReminding", keepReminding);
        flush();
    }

    /** The folder the user last chose a file in for {@code kind} (import, export, backup), if any. */
    public Optional<Path> lastFolder(String kind) {
        String folder = node.get("folder." + kind, null);
        try {
            return folder == null ? Optional.empty() : Optional.of(Path.of(folder));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    public void saveLastFolder(String kind, Path folder) {
        node.put("folder." + kind, folder.toAbsolutePath().toString());
        flush();
    }

    public void clear() {
        try {
            node.clear();
        } catch (BackingStoreException ignored) {
            // nothing remembered is lost that matters
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException ignored) {
            // preferences are a convenience: the app works without them
        }
    }
}
