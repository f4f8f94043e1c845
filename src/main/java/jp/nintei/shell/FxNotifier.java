package jp.nintei.shell;

import jp.nintei.app.Reminder;
import jp.nintei.ui.Reminders;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;

/**
 * Shows a reminder where the desktop has a system tray (seen even when the window is hidden behind others). In the
 * window itself the reminder shows in the status bar ({@link Reminders#currentProperty()}): a popup over the window
 * would cover the form's buttons.
 */
final class FxNotifier implements Reminders.Notifier {

    private TrayIcon tray;
    private boolean trayTried;

    @Override
    public void show(Reminder reminder) {
        showInTray(reminder);
    }

    /** The system tray, set up the first time it is needed; skipped where there is none (or headless). */
    private void showInTray(Reminder reminder) {
        if (!trayTried) {
            trayTried = true;
            try {
                if (!GraphicsEnvironment.isHeadless() && SystemTray.isSupported()) {
                    Image image = Toolkit.getDefaultToolkit().getImage(
                            FxNotifier.class.getResource("/jp/nintei/icons/nintei-32.png"));
                    tray = new TrayIcon(image, "Nintei");
                    tray.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(tray);
                }
            } catch (Exception | LinkageError e) {
                tray = null; // no tray here: the status bar shows it
            }
        }
        if (tray != null) {
            tray.displayMessage(reminder.title(), reminder.text(), TrayIcon.MessageType.INFO);
        }
    }

    /** Removes the tray icon when the app closes. */
    void close() {
        if (tray != null) {
            try {
                SystemTray.getSystemTray().remove(tray);
            } catch (Exception | LinkageError ignored) {
                // closing anyway
            }
        }
    }
}
