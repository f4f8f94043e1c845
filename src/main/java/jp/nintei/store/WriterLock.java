package jp.nintei.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * One Nintei process per logbook: an OS file lock on {@code nintei.db.lock} beside it, held while the logbook is open.
 * The OS drops it when the process dies, so a crash never leaves the logbook locked.
 */
final class WriterLock {

    /** How long a second process waits for the first (a CLI write is short) before it is refused. */
    static final long WAIT_MILLIS = 3000;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;
    /** The lock file's identity (device and inode) when locked: a lock on a file deleted since then guards nothing. */
    private final Object fileKey;

    private WriterLock(Path lockFile, FileChannel channel, FileLock lock, Object fileKey) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
        this.fileKey = fileKey;
    }

    /**
     * Before each write: the lock must still be on the lock file that is there. If someone deleted it, another
     * Nintei may have locked a new one and be writing — this one stops writing rather than write beside it.
     */
    void check() {
        Object now;
        try {
            now = Files.readAttributes(lockFile, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException e) {
            now = null;
        }
        // where the file system has no file keys (Windows), an open lock file cannot be deleted anyway
        boolean replaced = fileKey != null ? !fileKey.equals(now) : !Files.exists(lockFile);
        if (!lock.isValid() || replaced) {
            throw new StoreException(StoreException.Problem.ALREADY_OPEN, lockFile, null, "lockRemoved", lockFile);
        }
    }

    static WriterLock acquire(Path logbook) {
        Path lockFile = logbook.resolveSibling(logbook.getFileName() + ".lock");
        FileChannel channel;
        try {
            if (!Files.exists(lockFile)) {
                DataFiles.createPrivateFile(lockFile);
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw StoreException.of(e, "cannotLock", logbook, DataFiles.reason(e));
        } catch (StoreException e) {
            throw StoreException.of(e, "cannotLock", logbook, e.phrase());
        }
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    Object key = Files.readAttributes(lockFile, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS).fileKey();
                    return new WriterLock(lockFile, channel, lock, key);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw new StoreException(StoreException.Problem.ALREADY_OPEN, logbook, null, "already_open",
                            logbook);
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw StoreException.of(e, "cannotLock", logbook, DataFiles.reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StoreException.of(e, "interrupted", logbook);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
    }

    /**
     * Releases the lock and takes it again, on a new channel: after something else in this process closed the lock
     * file (which drops the lock on Linux), the lock is really held again. Another Nintei that took it in between wins.
     */
    WriterLock retake() {
        release();
        return acquire(lockFile.resolveSibling(lockFile.getFileName().toString()
                .substring(0, lockFile.getFileName().toString().length() - ".lock".length())));
    }

    void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
