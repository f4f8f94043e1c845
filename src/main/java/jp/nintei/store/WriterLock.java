package jp.nintei.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Nintei process per logbook: an OS file lock on {@code nintei.db.lock} beside it, held while the logbook is open.
 * The OS drops it when the process dies, so a crash never leaves the logbook locked.
 */
final class WriterLock {

    /** How long a second process waits for the first (a CLI write is short) before it is refused. */
    static final long WAIT_MILLIS = 3000;

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WriterLock acquire(Path logbook) {
        Path lockFile = logbook.resolveSibling(logbook.getFileName() + ".lock");
        FileChannel channel;
        try {
            if (!Files.exists(lockFile)) {
                DataFiles.createPrivateFile(lockFile);
            }
            channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        } catch (IOException | StoreException e) {
            throw new StoreException("Cannot lock the logbook " + logbook + ": " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new WriterLock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw new StoreException(StoreException.Problem.ALREADY_OPEN, logbook, logbook + " is already open "
                            + "in another Nintei (the app or a command). Close it, or wait for the command to finish, "
                            + "and try again.", null);
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot lock the logbook " + logbook + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for " + logbook);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            return null;
        }
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
