package jp.nintei.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The user's documents folder, where an export is offered to go (not the app's data folder). */
final class UserFolders {

    private UserFolders() {
    }

    /**
     * On Linux the XDG documents folder ({@code XDG_DOCUMENTS_DIR} in {@code ~/.config/user-dirs.dirs}, e.g.
     * {@code ~/ドキュメント} on a Japanese desktop); else {@code ~/Documents} (Windows and macOS name it so); the home
     * folder when neither exists.
     */
    static Path documents(Map<String, String> env) {
        Path home = Path.of(System.getProperty("user.home"));
        Path config = env.containsKey("XDG_CONFIG_HOME") ? Path.of(env.get("XDG_CONFIG_HOME")) : home.resolve(".config");
        try {
            for (String line : Files.readAllLines(config.resolve("user-dirs.dirs"))) {
                if (line.startsWith("XDG_DOCUMENTS_DIR=")) {
                    String value = line.substring(line.indexOf('=') + 1).replace("\"", "").replace("$HOME",
                            home.toString());
                    Path xdg = Path.of(value);
                    if (Files.isDirectory(xdg)) {
                        return xdg;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // no XDG folders: the usual name
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
