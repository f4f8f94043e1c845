package jp.nintei.ui;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;
import jp.nintei.domain.RowQuery;
import java.util.Collections;
import java.util.function.Consumer;

/**
 * The rows of a table as a list that holds only a few pages: its size is the count of the query, and a row not in a
 * loaded page reads as null until its page arrives (asked for when a visible cell reads it). A table over a million
 * messages keeps a few hundred in memory. Sorting, searching and every change to the logbook reload it.
 */
public final class PagedRows<T> extends ObservableListBase<T> {

    /** Rows per page: a screenful or two. */
    static final int PAGE = 100;
    /** Pages kept; the least recently used goes first. */
    static final int KEPT = 8;

    /** Where the rows come from: the session's queries. */
    public interface Source<T> {
        void count(String search, Consumer<Long> onCount);

        void page(RowQuery<T> query, Consumer<List<T>> onPage);
    }

    private final Source<T> source;
    private final Map<Long, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Long> asked = new HashSet<>();
    private RowQuery<T> query;
    private int size;
    /** Bumped on every reload, so a page that arrives for an older query is dropped. */
    private long generation;

    public PagedRows(Source<T> source, RowQuery<T> first) {
        this.source = source;
        this.query = first;
    }

    /** Shows the rows of {@code next} (another sort or search) from the top. */
    public void setQuery(RowQuery<T> next) {
        query = next;
        reload();
    }

    public RowQuery<T> query() {
        return query;
    }

    /** Counts again and forgets every page: after the logbook changed. */
    public void reload() {
        long mine = ++generation;
        source.count(query.search(), count -> {
            if (mine != generation) {
                return;
            }
            List<T> before = snapshotOfKnown();
            pages.clear();
            asked.clear();
            size = (int) Math.min(Integer.MAX_VALUE, count);
            beginChange();
            nextReplace(0, size, before);
            endChange();
        });
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        long page = index / PAGE;
        List<T> rows = pages.get(page);
        if (rows == null) {
            load(page);
            rows = pages.get(page); // there already when the runner works synchronously (tests)
            if (rows == null) {
                return null;
            }
        }
        int at = index % PAGE;
        return at < rows.size() ? rows.get(at) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** How many rows are held in memory now. */
    public int held() {
        return pages.values().stream().mapToInt(List::size).sum();
    }

    private void load(long page) {
        if (!asked.add(page)) {
            return;
        }
        long mine = generation;
        source.page(query.page(page * PAGE, PAGE), rows -> {
            if (mine != generation) {
                return;
            }
            asked.remove(page);
            pages.put(page, List.copyOf(rows));
            while (pages.size() > KEPT) {
                pages.remove(pages.keySet().iterator().next());
            }
            int from = (int) (page * PAGE);
            int to = Math.min(size, from + rows.size());
            if (from < to) {
                beginChange();
                nextReplace(from, to, new ArrayList<>(Collections.nCopies(to - from, (T) null)));
                endChange();
            }
        });
    }

    /** The old contents for a change event, without loading anything: rows not held read as null. */
    private List<T> snapshotOfKnown() {
        int oldSize = size;
        Map<Long, List<T>> held = new LinkedHashMap<>(pages);
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                List<T> rows = held.get((long) index / PAGE);
                return rows == null || index % PAGE >= rows.size() ? null : rows.get(index % PAGE);
            }

            @Override
            public int size() {
                return oldSize;
            }
        };
    }
}
