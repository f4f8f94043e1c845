package jp.nintei.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "Start Nintei when I log in": the operating system's own autostart entry for the installed launcher, written when
 * turned on and removed when turned off — an XDG autostart file on Linux, a LaunchAgent on macOS, the Run key of
 * the user's registry on Windows. Nothing turns it on by itself (the installers neither).
 */
public final class Autostart {

    /** Runs a command of the system (Windows' {@code reg}); its exit status. Tests give their own. */
    @FunctionalInterface
    public interface Commands {
        int run(List<String> command) throws IOException, InterruptedException;
    }

    static final String RUN_KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String NAME = "Nintei";

    private final String launcher;
    private final String os;
    private final Map<String, String> env;
    private final Path home;
    private final Commands commands;

    Autostart(String launcher, String osName, Map<String, String> env, Path home, Commands commands) {
        this.launcher = launcher;
        this.os = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.home = home;
        this.commands = commands;
    }

    /**
     * For this machine, when Nintei runs from its installed launcher ({@code jpackage.app-path}); empty under
     * {@code java -jar} or {@code javafx:run}, where there is no program to start at login.
     */
    public static Optional<Autostart> forThisMachine(String launcher, String osName, Map<String, String> env,
                                                     Path home) {
        if (launcher == null || launcher.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Autostart(launcher, osName, env, home, command -> {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor();
        }));
    }

    private boolean windows() {
        return os.startsWith("windows");
    }

    private boolean mac() {
        return os.startsWith("mac");
    }

    /** The file that starts Nintei at login (Linux, macOS). */
    Path entry() {
        if (mac()) {
            return home.resolve("Library/LaunchAgents/jp.nintei.app.plist");
        }
        String config = env.getOrDefault("XDG_CONFIG_HOME", "");
        return (config.isBlank() ? home.resolve(".config") : Path.of(config)).resolve("autostart/nintei.desktop");
    }

    public boolean isOn() throws IOException, InterruptedException {
        if (windows()) {
            return commands.run(List.of("reg", "query", RUN_KEY, "/v", NAME)) == 0;
        }
        return Files.isRegularFile(entry());
    }

    /** Writes or removes the entry; a failure is said with the file or the command. */
    public void set(boolean on) throws IOException, InterruptedException {
        if (windows()) {
            List<String> command = on
                    ? List.of("reg", "add", RUN_KEY, "/v", NAME, "/t", "REG_SZ", "/d", "\"" + launcher + "\"", "/f")
                    : List.of("reg", "delete", RUN_KEY, "/v", NAME, "/f");
            int status = commands.run(command);
            if (status != 0 && on) {
                throw new IOException(String.join(" ", command) + " exited with " + status);
            }
            return;
        }
        Path entry = entry();
        if (!on) {
            Files.deleteIfExists(entry);
            return;
        }
        Files.createDirectories(entry.getParent());
        Files.writeString(entry, mac() ? plist() : desktop(), StandardCharsets.UTF_8);
    }

    private String desktop() {
        return """
                [Desktop Entry]
                Type=Application
                Name=Nintei
                Comment=Certification progress on your own logbook
                Comment[ja]=認定の進み具合を自分のログブックで
                Exec="%s"
                Terminal=false
                X-GNOME-Autostart-enabled=true
                """.formatted(launcher.replace("\"", "\\\""));
    }

    private String plist() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key><string>jp.nintei.app</string>
                  <key>ProgramArguments</key><array><string>%s</string></array>
                  <key>RunAtLoad</key><true/>
                </dict>
                </plist>
                """.formatted(launcher.replace("&", "&amp;").replace("<", "&lt;"));
    }
}
