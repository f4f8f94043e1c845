package jp.nintei.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import jp.nintei.shell.AppWindow;
import jp.nintei.shell.LogbookOpening;
import jp.nintei.shell.NativeLibraries;
import jp.nintei.shell.NinteiApp;
import jp.nintei.shell.Preferences;

/**
 * Starts the real window on a logbook (under Xvfb: {@code xvfb-run -a java … AppProbe FILE}) and prints the time from
 * JVM start to the first frame, to the first frame with measured gauges, and the peak heap after opening every screen
 * and scrolling each table from top to bottom. Then it quits.
 */
public final class AppProbe {

    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();
    private static Path file;
    private static final String NODE = "/jp/nintei/bench-probe";

    /** Not an Application itself, so that it starts from the class path. */
    public static void main(String[] args) {
        file = Path.of(args[0]);
        NativeLibraries.useAppFolder(System.getenv()); // as Main does: SQLite's library unpacked once, not each start
        Preferences.readAhead(NODE); // as NinteiApp's start does, while JavaFX starts
        LogbookOpening.ahead(file);
        Application.launch(Window.class);
    }

    /** The probe's JavaFX application. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            new AppProbe().start(stage);
        }
    }

    void start(Stage stage) {
        // said once the dashboard is whole: a first printf here (a cold formatter) took 16-22 ms of the app's own start
        fxStart = System.currentTimeMillis() - JVM_START;
        AtomicLong firstFrame = new AtomicLong();
        // as the app starts: the opening window at once, the logbook opened and checked on the store's thread
        NinteiApp.openIn(stage, file, null, new Preferences(NODE), window -> {
            built = System.currentTimeMillis() - JVM_START; // said later, as the start above
            // told on the FX thread: when the numbers were published, the pulse that first laid them out (its frame
            // shows them), and the pulse that first laid out the whole dashboard (the parts built after the gauges)
            window.session().shown().stateProperty().addListener(obs -> measured.compareAndSet(0,
                    System.currentTimeMillis() - JVM_START));
            if (window.session().shown().answeredProperty().get()) { // measured as the logbook opened
                measured.compareAndSet(0, System.currentTimeMillis() - JVM_START);
            }
            Runnable[] watch = new Runnable[1];
            Scene[] scene = {stage.getScene()};
            watch[0] = () -> {
                long now = System.currentTimeMillis() - JVM_START;
                if (measured.get() != 0) {
                    painted.compareAndSet(0, now);
                }
                if (scene[0].lookup("#historyCard") != null) {
                    whole.compareAndSet(0, now);
                }
                if (painted.get() != 0 && whole.get() != 0) {
                    scene[0].removePostLayoutPulseListener(watch[0]); // not while the tables are scrolled
                }
            };
            scene[0].addPostLayoutPulseListener(watch[0]);
            // the window takes the stage from the opening window once its first measure is in
            stage.sceneProperty().addListener((obs, old, now) -> {
                old.removePostLayoutPulseListener(watch[0]);
                scene[0] = now;
                now.addPostLayoutPulseListener(watch[0]);
            });
            Thread driver = new Thread(() -> drive(stage, window, firstFrame), "probe");
            driver.setDaemon(true);
            driver.start();
        });
        stage.getScene().addPostLayoutPulseListener(() -> {
            if (firstFrame.get() == 0) {
                firstFrame.set(System.currentTimeMillis() - JVM_START);
            }
        });
    }

    private volatile long fxStart;
    private volatile long built;
    private final AtomicLong measured = new AtomicLong();
    private final AtomicLong painted = new AtomicLong();
    private final AtomicLong whole = new AtomicLong();

    private void drive(Stage stage, AppWindow window, AtomicLong firstFrame) {
        try {
            waitFor(() -> firstFrame.get() != 0 && painted.get() != 0 && whole.get() != 0);
            System.out.printf("FX start() %d ms after JVM start; logbook open (checked), window built %d ms%n",
                    fxStart, built);
            System.out.printf("first frame (the opening window) %d ms after JVM start; gauges measured %d ms, "
                    + "laid out on the screen %d ms after JVM start; the whole dashboard %d ms%n", firstFrame.get(),
                    measured.get(), painted.get(), whole.get());
            if (Boolean.getBoolean("probe.startOnly")) { // the benchmark's runs: the start only
                return;
            }
            for (String screen : new String[] {"navJobs", "navMessages", "navReviews", "navSettings", "navDashboard"}) {
                onFx(() -> ((ToggleButton) stage.getScene().lookup("#" + screen)).fire());
                String tableId = switch (screen) {
                    case "navJobs" -> "#jobsTable";
                    case "navMessages" -> "#messagesTable";
                    case "navReviews" -> "#reviewsTable";
                    default -> null;
                };
                if (tableId != null) {
                    TableView<?> table = onFxGet(() -> (TableView<?>) stage.getScene().lookup(tableId));
                    waitFor(() -> onFxGet(() -> table.getItems().size()) > 0);
                    int size = onFxGet(() -> table.getItems().size());
                    System.out.printf("%s: first page shown %d ms after JVM start%n", tableId,
                            System.currentTimeMillis() - JVM_START);
                    long t = System.nanoTime();
                    for (int i = 0; i <= 40; i++) {
                        int row = (int) ((long) size * i / 40);
                        onFx(() -> table.scrollTo(Math.min(row, size - 1)));
                        waitFor(() -> onFxGet(() -> table.getItems().get(Math.min(row, size - 1))) != null);
                    }
                    System.out.printf("%s: %,d rows scrolled top to bottom in 41 jumps, %.1f s%n", tableId, size,
                            (System.nanoTime() - t) / 1e9);
                }
            }
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            System.out.printf("peak heap %.0f MB (every screen opened, every table scrolled)%n", peak / 1e6);
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            Platform.runLater(() -> {
                window.close();
                Platform.exit();
            });
        }
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    private static void onFx(Runnable r) throws InterruptedException {
        onFxGet(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T onFxGet(Supplier<T> s) {
        Object[] box = new Object[1];
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            box[0] = s.get();
            done.countDown();
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        @SuppressWarnings("unchecked")
        T value = (T) box[0];
        return value;
    }
}
