package jp.nintei.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.nintei.files.OutputFiles;

/**
 * The reminders already shown, kept beside the logbook ({@code nintei.db.reminded}: a line per reminder, its key and
 * until when it holds), so that a reminder comes at most once — across restarts, and whether the window or the
 * reminders that run with it closed showed it. A reminder past its time is forgotten. A file that cannot be read
 * counts as none shown (a reminder again is better than none).
 */
public final class RemindedKeys {

    private final Path file;
    private final Map<String, Instant> keys = new LinkedHashMap<>();

    private RemindedKeys(Path file) {
        this.file = file;
    }

    /** The reminders shown for the logbook at {@code logbook}, as the file beside it says. */
    public static RemindedKeys of(Path logbook) {
        RemindedKeys reminded = new RemindedKeys(logbook.resolveSibling(logbook.getFileName() + ".reminded"));
        reminded.read();
        return reminded;
    }

    /** Adds what the file says (another Nintei may have written it): a key once shown stays shown until its time. */
    private void read() {
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split(" ");
                    if (parts.length == 2) {
                        try {
                            keys.put(parts[0], Instant.parse(parts[1]));
                        } catch (DateTimeParseException skipped) {
                            // a line nobody wrote: ignored
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // read as none shown: a reminder again is better than none
        }
    }

    /** Whether the reminder of {@code key} was shown (here, or by another Nintei since this one last looked). */
    public synchronized boolean shown(String key) {
        return keys.containsKey(key);
    }

    /** Reads the file again: the window and the reminders of a closed window may both write it. */
    public synchronized void reload() {
        read();
    }

    /**
     * Remembers {@code reminder} as shown, and forgets the ones past {@code now}; writes the file at once (whole, in
     * one rename). False when it could not be written: the reminder is still remembered by this process.
     */
    public synchronized boolean remember(Reminder reminder, Instant now) {
        read(); // keep what another Nintei wrote meanwhile
        keys.put(reminder.key(), reminder.until());
        keys.values().removeIf(until -> until.isBefore(now));
        List<String> lines = new ArrayList<>();
        keys.forEach((key, until) -> lines.add(key + " " + until + "\n"));
        try {
            OutputFiles.write(file, String.join("", lines).getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException | RuntimeException notWritten) {
            return false;
        }
    }
}
