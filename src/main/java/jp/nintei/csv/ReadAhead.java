package jp.nintei.csv;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Iterates {@code source} on a thread of its own, a few batches ahead of the caller: the CSV is read and checked on
 * one core while SQLite writes the rows before it on the other (an import of 500,000 messages spent 2 of its 5
 * seconds reading). What the source throws is thrown to the caller at the row where it happened, so a bad row still
 * ends the import there. At most {@code BATCHES} batches wait: memory stays small whatever the file's size.
 */
final class ReadAhead<T> implements Iterator<T> {

    private static final int BATCH = 2_000;
    private static final int BATCHES = 4;

    /** The end of the rows: normally ({@code failure} null), or with what the source threw. */
    private record End(Throwable failure) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread reader;
    private volatile boolean stopped;
    private Iterator<T> batch = List.<T>of().iterator();
    private End end;

    ReadAhead(Iterator<T> source, String name) {
        reader = new Thread(() -> read(source), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<T> source) {
        List<T> rows = new ArrayList<>(BATCH);
        try {
            while (!stopped && source.hasNext()) {
                rows.add(source.next());
                if (rows.size() == BATCH) {
                    queue.put(rows);
                    rows = new ArrayList<>(BATCH);
                }
            }
            queue.put(rows);
            queue.put(new End(null));
        } catch (InterruptedException e) {
            // stopped: the caller no longer wants rows
        } catch (RuntimeException | Error e) {
            try {
                queue.put(rows); // the rows before the one that failed come first
                queue.put(new End(e));
            } catch (InterruptedException stoppedMeanwhile) {
                // the caller no longer wants rows
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean hasNext() {
        while (!batch.hasNext() && end == null) {
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading ahead", e);
            }
            if (next instanceof End e) {
                end = e;
            } else {
                batch = ((List<T>) next).iterator();
            }
        }
        if (batch.hasNext()) {
            return true;
        }
        if (end.failure() instanceof RuntimeException e) {
            throw e;
        }
        if (end.failure() instanceof Error e) {
            throw e;
        }
        return false;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.next();
    }

    /** Stops reading and waits for the reader to leave the source, which may then be closed. */
    void stop() {
        stopped = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
