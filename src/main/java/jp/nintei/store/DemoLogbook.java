package jp.nintei.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import jp.nintei.store.SampleData;

/** A throwaway logbook of sample data in a temporary folder of its own: "Try with sample data". */
public final class DemoLogbook {

    private DemoLogbook() {
    }

    /** A new logbook in a new temporary folder, filled with {@code sample}. */
    public static LogbookStore create(SampleData sample) {
        Path folder;
        try {
            folder = Files.createTempDirectory("nintei-demo-");
        } catch (IOException e) {
            throw StoreException.of(e, "demoFolder", DataFiles.reason(e));
        }
        LogbookStore demo = LogbookStore.open(folder.resolve("nintei-demo.db"));
        demo.jobs().addAll(sample.jobs());
        demo.messages().addAll(sample.messages());
        demo.reviews().addAll(sample.reviews());
        demo.settings().save(sample.settings());
        return demo;
    }

    /** Closes {@code demo} and deletes its folder: everything in it is the demo's. */
    public static void delete(LogbookStore demo) {
        Path file = demo.file();
        demo.close();
        try (Stream<Path> files = Files.walk(file.getParent())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary file left behind is harmless; the system's temp cleaning removes it
        }
    }
}
