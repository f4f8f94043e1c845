package jp.nintei.shell;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.stage.Stage;
import jp.nintei.store.LogbookStore;
import jp.nintei.ui.Dialogs;
import jp.nintei.ui.Localization;

/**
 * The real app, headless, driven line by line from standard input by {@code LockSafetyIT} in a process of its own
 * (so that the test can kill it with SIGKILL). Its file dialogs behave as GTK's do: they open, read and close every
 * file of the folder they show, to tell the files' types. On Linux that close() drops every lock this process holds on
 * such a file — SQLite's included.
 *
 * <p>Commands: {@code flows} (import, export, backup, restore, the sample data, About → open the data folder, each
 * through the window's own presenter), {@code browse} (a dialog the user steered into the data folder by hand),
 * {@code log} (Shortcut+M), {@code quit}. Each answers one line: {@code ok …}, or {@code failed …}.
 */
public final class LockHarness {

    private static AppWindow window;
    private static Stage stage;
    private static FxTaskRunner runner;
    private static Localization l10n;
    private static Path dataFolder;
    private static final Deque<Path> answers = new ArrayDeque<>();
    /** Set by {@code browse}: the next dialog shows the data folder whatever it was asked to show. */
    private static volatile boolean userBrowsesToTheDataFolder;

    private LockHarness() {
    }

    /** A file dialog as GTK's: it reads every file of the folder it shows, then answers as told. */
    static final class SniffingDialogs implements Dialogs {
        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, Path folder, String suggestedName) {
            return show(folder);
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, Path folder, String extension) {
            return show(folder);
        }

        private Optional<Path> show(Path folder) {
            if (isDataFolder(folder)) {
                System.out.println("violation: a file dialog started in the data folder " + folder);
            }
            Path shown = userBrowsesToTheDataFolder ? dataFolder : folder;
            userBrowsesToTheDataFolder = false;
            try (var files = Files.list(shown)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    try (InputStream in = Files.newInputStream(f)) {
                        in.readNBytes(4096); // what a file chooser does to tell a file's type
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return Optional.ofNullable(answers.poll());
        }
    }

    static boolean isDataFolder(Path folder) {
        try {
            return Files.isSameFile(folder, dataFolder);
        } catch (IOException e) {
            return false;
        }
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]).toAbsolutePath();
        Path documents = Path.of(args[1]).toAbsolutePath();
        dataFolder = db.getParent();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            Preferences preferences = new Preferences("/jp/nintei/lock-harness");
            preferences.clear();
            stage = new Stage();
            runner = new FxTaskRunner();
            l10n = new Localization(Localization.ENGLISH);
            window = AppWindow.open(stage, LogbookStore.open(db), runner, Clock.systemDefaultZone(), l10n, preferences,
                    new SniffingDialogs());
            // ready once the window shows: it takes the stage when its first measure is in
            stage.showingProperty().addListener((obs, was, showing) -> {
                if (showing) {
                    started.countDown();
                }
            });
        });
        started.await(30, TimeUnit.SECONDS);
        System.out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            try {
                switch (line.strip()) {
                    case "flows" -> flows(documents);
                    case "browse" -> browse(documents);
                    case "log" -> {
                        fx(() -> menu("action.messageReceived").fire()); // Shortcut+M
                        waitForStatus(s -> s.startsWith("Message received at"));
                        System.out.println("ok logged");
                    }
                    case "quit" -> {
                        System.out.println("ok bye");
                        System.exit(0);
                    }
                    default -> System.out.println("failed: unknown command " + line);
                }
            } catch (Exception | AssertionError e) {
                System.out.println("failed: " + e);
            }
        }
    }

    /** Every flow that shows a file dialog or touches files, as the window's menus run them. */
    private static void flows(Path documents) throws Exception {
        Path csv = documents.resolve("messages.csv");
        Files.writeString(csv, "client,received_at,replied_at\nA社,2026-11-01T09:00:00+09:00,2026-11-01T10:00:00+09:00\n");
        answers.add(csv);
        fx(() -> menu("menu.importMessages").fire());
        waitForStatus(s -> s.contains(" imported from "));
        answers.add(documents.resolve("summary.csv"));
        fx(() -> menu("menu.export").fire());
        waitForStatus(s -> s.startsWith("Progress summary exported"));
        answers.add(documents.resolve("backup.db"));
        fx(() -> menu("menu.backup").fire());
        waitForStatus(s -> s.startsWith("Backed up"));
        answers.add(documents.resolve("backup.db"));
        fx(() -> menu("menu.restore").fire());
        waitForStatus(s -> s.startsWith("Restored"));
        fx(() -> menu("menu.demo").fire());
        waitForStatus(s -> s.equals(l10n.text("status.demoOpened")));
        fx(() -> menu("menu.leaveDemo").fire());
        waitForStatus(s -> s.equals(l10n.text("status.demoLeft")));
        // Help → About, then its "Open the data folder" (the About box waits in a nested event loop: the click is
        // queued before the box opens, and runs inside it)
        Platform.runLater(() -> menu("menu.about").fire());
        fx(() -> Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst()
                .ifPresent(pane -> pane.getButtonTypes().stream()
                        .filter(b -> b.getText().equals(l10n.text("about.openFolder"))).findFirst()
                        .ifPresent(b -> ((Button) pane.lookupButton(b)).fire())));
        settle();
        System.out.println("ok flows");
    }

    /** An import whose dialog the user steered into the data folder by hand: its sniffing drops the locks. */
    private static void browse(Path documents) throws Exception {
        Path csv = documents.resolve("more.csv");
        Files.writeString(csv, "client,received_at\nB社,2026-11-02T09:00:00+09:00\n");
        answers.add(csv);
        userBrowsesToTheDataFolder = true;
        fx(() -> menu("menu.importMessages").fire());
        waitForStatus(s -> s.contains(" imported from "));
        System.out.println("ok browsed");
    }

    /** The menu item whose text is the bundle's {@code key}, anywhere in the window's menu bar. */
    private static MenuItem menu(String key) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot()
                .lookup(".menu-bar");
        Deque<MenuItem> items = new ArrayDeque<>(bar.getMenus());
        while (!items.isEmpty()) {
            MenuItem item = items.poll();
            if (l10n.text(key).equals(item.getText())) {
                return item;
            }
            if (item instanceof Menu m) {
                items.addAll(m.getItems());
            }
        }
        throw new IllegalArgumentException("no menu item " + key);
    }

    private static void fx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.SECONDS);
    }

    private static void waitForStatus(Predicate<String> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String[] status = new String[1];
            fx(() -> status[0] = window.session().status().textProperty().get());
            if (wanted.test(status[0])) {
                settle();
                return;
            }
            Thread.sleep(20); // a process of its own, polling the real window: no test framework to wait with
        }
        String[] status = new String[1];
        fx(() -> status[0] = window.session().status().textProperty().get());
        throw new AssertionError("the status bar never said it; it says: " + status[0]);
    }

    /** The store's thread has done all that was asked of it, and the window has shown it. */
    private static void settle() throws InterruptedException {
        CountDownLatch idle = new CountDownLatch(1);
        runner.run(() -> null, done -> idle.countDown(), failed -> idle.countDown());
        idle.await(30, TimeUnit.SECONDS);
        fx(() -> { });
    }
}
