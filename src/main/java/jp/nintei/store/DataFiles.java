package jp.nintei.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

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
            throw new StoreException("Cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Makes an existing file readable by the user alone (0600) on Linux and macOS. */
    public static void makePrivate(Path file) {
        if (!POSIX) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new StoreException("Cannot protect " + file + ": " + e.getMessage(), e);
        }
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
            throw new StoreException("Cannot create the logbook " + file + ": " + e.getMessage(), e);
        }
    }
}
