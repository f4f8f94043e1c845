package jp.nintei.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.i18n.Phrase;

/** Creates the user's data files readable by the user alone, where the file system knows permissions. */
public final class DataFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private DataFiles() {
    }

    /** Creates {@code dir} and missing parents; folders Nintei creates are 0700 on Linux and macOS. */
    public static void createPrivateDirectories(Path dir) {
        try {
            if (Files.isDirectory(dir)) {
                return;
            }
            Path parent = dir.getParent();
            if (parent != null) {
                createPrivateDirectories(parent);
            }
            if (POSIX) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(dir);
            }
        } catch (IOException e) {
            throw StoreException.of(e, "cannotCreateFolder", dir, reason(e));
        }
    }

    /** Why a file operation failed, in words (Java's own exceptions often carry only the file name). */
    static Object reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new Phrase("store.reason.denied");
        }
        if (e instanceof FileAlreadyExistsException) {
            return new Phrase("store.reason.exists");
        }
        if (e instanceof NoSuchFileException) {
            return new Phrase("store.reason.noFolder");
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason(); // the system's own words: "Read-only file system", "No space left on device"
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Makes an existing file readable by the user alone (0600) on Linux and macOS. */
    public static void makePrivate(Path file) {
        if (!POSIX) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw StoreException.of(e, "cannotProtect", file, reason(e));
        }
    }

    /**
     * Makes the logbook and its companions (-wal, -shm, -journal) readable by the user alone where they are not yet
     * (SQLite gives its journal the logbook's own permissions); returns what it changed, in words, to tell the user.
     */
    public static List<Phrase> makeLogbookPrivate(Path logbook) {
        List<Phrase> changed = new ArrayList<>();
        if (!POSIX) {
            return changed;
        }
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path file = logbook.resolveSibling(logbook.getFileName() + suffix);
            try {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                var permissions = Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS);
                var wanted = PosixFilePermissions.fromString("rw-------");
                if (!permissions.equals(wanted) && Files.isWritable(file)) {
                    Files.setPosixFilePermissions(file, wanted);
                    changed.add(new Phrase("store.madePrivate", file.getFileName(),
                            PosixFilePermissions.toString(permissions)));
                }
            } catch (IOException | UnsupportedOperationException e) {
                // not ours to change (another owner): it stays as it is
            }
        }
        return changed;
    }

    /** Creates an empty file, 0600 on Linux and macOS, with its folder. */
    public static void createPrivateFile(Path file) {
        Path parent = file.getParent();
        if (parent != null) {
            createPrivateDirectories(parent);
        }
        try {
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (IOException e) {
            throw StoreException.of(e, "cannotCreate", file, reason(e));
        }
    }
}
