package jp.nintei.bench;

import java.nio.file.Path;
import jp.nintei.domain.RecordKind;
import jp.nintei.store.LogbookStore;

/**
 * One page of 100 rows anywhere in each table of a logbook, sorted by each column both ways (the rows the benchmark
 * reads too): {@code java -cp "target/test-classes:target/classes:target/lib/*" jp.nintei.bench.Pages FILE}.
 */
public final class Pages {

    private Pages() {
    }

    public static void main(String[] args) {
        try (LogbookStore store = LogbookStore.open(Path.of(args[0]))) {
            for (RecordKind<?> kind : RecordKind.ALL) {
                pages(store, kind);
            }
        }
    }

    private static <T> void pages(LogbookStore store, RecordKind<T> kind) {
        long rows = store.records(kind).count("");
        if (rows > 100) {
            Benchmark.pages(store, kind, (int) rows);
        }
    }
}
