package jp.nintei.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import jp.nintei.ui.Localization;

/**
 * Reminding with no window, without JavaFX: a JavaFX toolkit with no window still spends about 1 % of a core on its
 * own loop, so {@code --background} runs {@link Resident} alone and starts JavaFX only when the window is asked for
 * (a second start of Nintei, or the tray's Open). A window closed with "Keep reminding me" on hands over to such a
 * process: it starts Nintei again with {@code --background} and ends itself.
 */
final class BackgroundStart {

    private BackgroundStart() {
    }

    /**
     * Reminds for the logbook at {@code file} until the window is asked for (true) or the tray's Quit (false); on the
     * calling thread, holding no logbook and no JavaFX.
     */
    static boolean remindUntilWindowWanted(Path file, Preferences preferences) throws InterruptedException {
        Localization l10n = preferences.localization();
        CountDownLatch decided = new CountDownLatch(1);
        boolean[] window = {false};
        Runnable open = () -> {
            window[0] = true;
            decided.countDown();
        };
        try (SingleInstance instance = SingleInstance.listen(file, open);
             Resident resident = Resident.start(file, preferences, l10n, open, decided::countDown)) {
            decided.await();
            return window[0];
        }
    }

    /**
     * Starts this Nintei again in the background (the same program and options, and {@code --background}); false when
     * the system does not say how this process was started (then the caller keeps reminding itself).
     */
    static boolean relaunch() {
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<String> program = self.command();
        Optional<String[]> arguments = self.arguments();
        if (program.isEmpty() || arguments.isEmpty()) {
            return false;
        }
        List<String> command = new ArrayList<>();
        command.add(program.get());
        command.addAll(List.of(arguments.get()));
        command.add("--background");
        try {
            new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
