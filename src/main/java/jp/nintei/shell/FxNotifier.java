package jp.nintei.shell;

import javafx.stage.Stage;
import javafx.util.Duration;
import jp.nintei.ui.Reminders;
import org.controlsfx.control.Notifications;

/**
 * Shows a reminder as a ControlsFX notification beside the window and, where the desktop has one, in the system tray
 * (seen even when the window is hidden behind others).
 */
final class FxNotifier implements Reminders.Notifier {

    private final Stage owner;
    private java.awt.TrayIcon tray;
    private boolean trayTried;

    FxNotifier(Stage owner) {
        this.owner = owner;
    }

    @Override
    public void show(Reminders.Reminder reminder) {
        Notifications.create().title(reminder.title()).text(reminder.text()).owner(owner)
                .hideAfter(Duration.seconds(15)).showInformation();
        showInTray(reminder);
    }

    /** The system tray, set up the first time it is needed; skipped where there is none (or headless). */
    private void showInTray(Reminders.Reminder reminder) {
        if (!trayTried) {
            trayTried = true;
            try {
                if (!java.awt.GraphicsEnvironment.isHeadless() && java.awt.SystemTray.isSupported()) {
                    java.awt.Image image = java.awt.Toolkit.getDefaultToolkit().getImage(
                            FxNotifier.class.getResource("/jp/nintei/icons/nintei-32.png"));
                    tray = new java.awt.TrayIcon(image, "Nintei");
                    tray.setImageAutoSize(true);
                    java.awt.SystemTray.getSystemTray().add(tray);
                }
            } catch (Exception | LinkageError e) {
                tray = null; // no tray here: the notification beside the window is enough
            }
        }
        if (tray != null) {
            tray.displayMessage(reminder.title(), reminder.text(), java.awt.TrayIcon.MessageType.INFO);
        }
    }

    /** Removes the tray icon when the app closes. */
    void close() {
        if (tray != null) {
            try {
                java.awt.SystemTray.getSystemTray().remove(tray);
            } catch (Exception | LinkageError ignored) {
                // closing anyway
            }
        }
    }
}
