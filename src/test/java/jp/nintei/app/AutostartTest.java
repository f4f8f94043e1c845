package jp.nintei.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Start Nintei when I log in" (issue 20, item 1 in part): the system's own autostart entry is written and removed —
 * on Linux for real (in a temporary config folder), on macOS as the LaunchAgent file, on Windows through the
 * registry commands it would run (a test double of {@code reg}).
 */
class AutostartTest {

    @TempDir
    Path home;

    @Test
    void linuxWritesAndRemovesAnXdgAutostartEntry() throws Exception {
        Path config = home.resolve("config");
        Autostart linux = Autostart.forThisMachine("/opt/nintei/bin/Nintei", "Linux",
                Map.of("XDG_CONFIG_HOME", config.toString()), home).orElseThrow();
        assertFalse(linux.isOn());
        linux.set(true);
        Path entry = config.resolve("autostart/nintei.desktop");
        assertTrue(linux.isOn());
        String text = Files.readString(entry);
        assertTrue(text.startsWith("[Desktop Entry]\nType=Application\nName=Nintei\n"), text);
        assertTrue(text.contains("\nExec=\"/opt/nintei/bin/Nintei\"\n"), text);
        linux.set(false);
        assertFalse(Files.exists(entry));
        assertFalse(linux.isOn());
        // without XDG_CONFIG_HOME: ~/.config/autostart
        Autostart plain = Autostart.forThisMachine("/opt/nintei/bin/Nintei", "Linux", Map.of(), home).orElseThrow();
        plain.set(true);
        assertTrue(Files.isRegularFile(home.resolve(".config/autostart/nintei.desktop")));
    }

    @Test
    void macOsWritesALaunchAgent() throws Exception {
        Autostart mac = Autostart.forThisMachine("/Applications/Nintei.app/Contents/MacOS/Nintei", "Mac OS X",
                Map.of(), home).orElseThrow();
        mac.set(true);
        String plist = Files.readString(home.resolve("Library/LaunchAgents/jp.nintei.app.plist"));
        assertTrue(plist.contains("<string>/Applications/Nintei.app/Contents/MacOS/Nintei</string>"), plist);
        assertTrue(plist.contains("<key>RunAtLoad</key><true/>"), plist);
        mac.set(false);
        assertFalse(mac.isOn());
    }

    @Test
    void windowsUsesTheUsersRunKey() throws Exception {
        List<List<String>> ran = new ArrayList<>();
        boolean[] there = {false};
        Autostart windows = new Autostart("C:\\Program Files\\Nintei\\Nintei.exe", "Windows 11", Map.of(), home,
                command -> {
                    ran.add(command);
                    if (command.get(1).equals("add")) {
                        there[0] = true;
                    } else if (command.get(1).equals("delete")) {
                        there[0] = false;
                    }
                    return command.get(1).equals("query") && !there[0] ? 1 : 0;
                });
        assertFalse(windows.isOn());
        windows.set(true);
        assertTrue(windows.isOn());
        assertEquals(List.of("reg", "add", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run", "/v", "Nintei",
                "/t", "REG_SZ", "/d", "\"C:\\Program Files\\Nintei\\Nintei.exe\"", "/f"), ran.get(1));
        windows.set(false);
        assertFalse(windows.isOn());
        assertEquals(List.of("reg", "delete", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run", "/v",
                "Nintei", "/f"), ran.get(3));
    }

    @Test
    void onlyTheInstalledAppHasAProgramToStart() {
        assertEquals(Optional.empty(), Autostart.forThisMachine(null, "Linux", Map.of(), home));
    }
}
