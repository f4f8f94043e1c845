package jp.nintei.shell;

import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jp.nintei.app.ClosedWindowReminders;
import jp.nintei.app.Failures;
import jp.nintei.app.QuickLog;
import jp.nintei.app.Reminder;
import jp.nintei.i18n.Phrase;
import jp.nintei.ui.Localization;

/**
 * Nintei with its window closed and "Keep reminding me when the window is closed" on, or started with
 * {@code --background}: no window, and no logbook held open. Every minute {@link ClosedWindowReminders} reads the
 * logbook and shows what is due — as the system tray's message where the desktop has a tray (whose menu opens the
 * window or quits), else through the desktop's notification service ({@code notify-send} on Linux, Notification
 * Center through {@code osascript} on macOS). Starting Nintei again shows the window ({@link SingleInstance}).
 */
final class Resident implements AutoCloseable {

    static final Duration EVERY = Duration.ofMinutes(1);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nintei-reminders");
        t.setDaemon(true);
        return t;
    });
    private TrayIcon tray;

    private Resident() {
    }

    /**
     * Starts reminding for the logbook at {@code file} with the reminder settings of {@code preferences};
     * {@code open} and {@code quit} are what the tray's menu does (run on the AWT thread: hand them to JavaFX).
     */
    static Resident start(Path file, Preferences preferences, Localization l10n, Runnable open, Runnable quit) {
        Resident resident = new Resident();
        Runnable received = () -> resident.timer.execute(() -> resident.say(l10n,
                () -> QuickLog.messageReceived(file, Clock.systemDefaultZone())));
        Runnable replied = () -> resident.timer.execute(() -> resident.say(l10n,
                () -> QuickLog.replied(file, Clock.systemDefaultZone())));
        resident.tray = tray(l10n, open, received, replied, quit);
        ClosedWindowReminders reminders = new ClosedWindowReminders(file, Clock.systemDefaultZone(), l10n.texts(),
                resident::notify);
        resident.timer.scheduleWithFixedDelay(() -> {
            if (preferences.remindersOn()) {
                reminders.check(Duration.ofMinutes(preferences.reminderLeadMinutes()));
            }
        }, 0, EVERY.toSeconds(), TimeUnit.SECONDS);
        return resident;
    }

    /** The tray icon with its menu, where the desktop has a tray; null where it has none. */
    private static TrayIcon tray(Localization l10n, Runnable open, Runnable received, Runnable replied,
                                 Runnable quit) {
        try {
            if (GraphicsEnvironment.isHeadless() || !SystemTray.isSupported()) {
                return null;
            }
            Image image = Toolkit.getDefaultToolkit().getImage(Resident.class.getResource("/jp/nintei/icons/nintei-32.png"));
            PopupMenu menu = new PopupMenu();
            MenuItem openItem = new MenuItem(l10n.text("tray.open"));
            openItem.addActionListener(e -> open.run());
            MenuItem receivedItem = new MenuItem(l10n.text("tray.messageReceived"));
            receivedItem.addActionListener(e -> received.run());
            MenuItem repliedItem = new MenuItem(l10n.text("tray.replied"));
            repliedItem.addActionListener(e -> replied.run());
            MenuItem quitItem = new MenuItem(l10n.text("tray.quit"));
            quitItem.addActionListener(e -> quit.run());
            menu.add(openItem);
            menu.add(receivedItem);
            menu.add(repliedItem);
            menu.addSeparator();
            menu.add(quitItem);
            TrayIcon icon = new TrayIcon(image, "Nintei", menu);
            icon.setImageAutoSize(true);
            icon.addActionListener(e -> open.run()); // a double click on the icon
            SystemTray.getSystemTray().add(icon);
            return icon;
        } catch (Exception | LinkageError none) {
            return null;
        }
    }

    /** What the tray's Message received / Replied did, or why not; a logbook that cannot be opened is said too. */
    private void say(Localization l10n, Supplier<Phrase> done) {
        String text;
        try {
            text = l10n.text(done.get());
        } catch (RuntimeException e) {
            text = Failures.describe(e, l10n.texts());
        }
        notify(new Reminder("logged", "Nintei", text, Instant.now()));
    }

    /** Shows {@code reminder} on the desktop: the tray's message, else the desktop's notification service. */
    private void notify(Reminder reminder) {
        if (tray != null) {
            tray.displayMessage(reminder.title(), reminder.text(), TrayIcon.MessageType.INFO);
            return;
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        try {
            ProcessBuilder command = os.startsWith("mac")
                    ? new ProcessBuilder("osascript", "-e", "display notification " + quoted(reminder.text())
                            + " with title " + quoted(reminder.title()))
                    : new ProcessBuilder("notify-send", "--app-name=Nintei", reminder.title(), reminder.text());
            command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException noService) {
            System.err.println("Nintei: " + reminder.title() + ": " + reminder.text());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An AppleScript string. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        timer.shutdownNow();
        if (tray != null) {
            try {
                SystemTray.getSystemTray().remove(tray);
            } catch (Exception | LinkageError ignored) {
                // ending anyway
            }
        }
    }
}
