package jp.nintei.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the logbook lives: {@code --db FILE}, else {@code NINTEI_DB}, else the platform's data folder —
 * {@code $XDG_DATA_HOME/nintei/nintei.db} (or {@code ~/.local/share/nintei/nintei.db}) on Linux,
 * {@code %LOCALAPPDATA%\Nintei\nintei.db} on Windows, {@code ~/Library/Application Support/Nintei/nintei.db} on macOS.
 */
public final class LogbookLocation {

    public static final String ENV_VARIABLE = "NINTEI_DB";

    private LogbookLocation() {
    }

    public static Path resolve(String dbOption, Map<String, String> env) {
        if (dbOption != null && !dbOption.isBlank()) {
            return Path.of(dbOption);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return defaultFile(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** The platform's data folder for Nintei (where the default logbook and its backups live). */
    public static Path defaultFolder(Map<String, String> env) {
        return defaultFile(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home"))).getParent();
    }

    static Path defaultFile(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("Nintei").resolve("nintei.db");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Nintei").resolve("nintei.db");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("nintei").resolve("nintei.db");
    }
}
