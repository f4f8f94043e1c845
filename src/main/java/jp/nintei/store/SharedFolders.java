package jp.nintei.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Folders where a logbook is not safe while Nintei has it open: ones another program syncs (its client replaces or
 * removes the journal files SQLite keeps beside the logbook) and network file systems (whose locks SQLite cannot rely
 * on). Detected where it can be — by the folder's name and its file system — and said, never refused.
 */
public final class SharedFolders {

    /** Folder names the common sync clients use, lower case. */
    private static final List<String> SYNCED = List.of("dropbox", "onedrive", "google drive", "googledrive",
            "my drive", "icloud drive", "mobile documents", "nextcloud", "owncloud", "pcloud", "box sync",
            "mega", "syncthing", "resilio sync", "seafile");
    /** File systems whose locking SQLite cannot trust. */
    private static final List<String> NETWORK = List.of("nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "smb3",
            "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "afpfs", "webdav", "9p");

    private SharedFolders() {
    }

    /** Why the logbook's folder is not safe while Nintei is open (the folder or file system named), if it is not. */
    public static Optional<String> problem(Path logbook) {
        Path folder = logbook.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        for (Path part : folder) {
            String name = part.toString().toLowerCase(Locale.ROOT);
            for (String synced : SYNCED) {
                if (name.equals(synced) || name.startsWith(synced + " ") || name.startsWith(synced + "-")
                        || name.startsWith(synced + " (")) {
                    return Optional.of(part.toString());
                }
            }
        }
        try {
            String type = Files.getFileStore(folder).type().toLowerCase(Locale.ROOT);
            if (NETWORK.contains(type)) {
                return Optional.of(type);
            }
        } catch (IOException e) {
            // cannot tell: nothing is said
        }
        return Optional.empty();
    }
}
