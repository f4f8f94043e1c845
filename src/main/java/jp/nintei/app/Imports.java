package jp.nintei.app;

import java.nio.file.Path;
import java.util.List;
import jp.nintei.csv.CsvImporter;
import jp.nintei.csv.CsvKind;
import jp.nintei.csv.ImportException;
import jp.nintei.domain.Phrase;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Texts;
import jp.nintei.files.InputFiles;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.StoreException;
import java.time.ZoneId;

/**
 * Importing a CSV file of jobs, messages or reviews: all of it or nothing. A bad file is refused with its line and
 * field, in the user's language; rows identical to ones already in the logbook are skipped (a monthly file imported
 * twice must not double the earnings) unless duplicates are allowed.
 */
public final class Imports {

    /** What an import did: how many rows it added, and how many it skipped as already in the logbook. */
    public record Result(RecordKind<?> kind, Path file, long added, long skipped) {
    }

    /** A file read and checked, nothing written yet: its rows, and how many of them the logbook already holds. */
    public record Preview<T>(RecordKind<T> kind, Path file, List<T> rows, long alreadyThere) {
        public long added() {
            return rows.size() - alreadyThere;
        }
    }

    private Imports() {
    }

    /** Reads {@code file} and adds its rows in one transaction. */
    public static Result file(OpenLogbook logbook, RecordKind<?> kind, Path file, boolean allowDuplicates,
                              Texts texts) {
        return importRows(logbook, kind, file, allowDuplicates, texts);
    }

    private static <T> Result importRows(OpenLogbook logbook, RecordKind<T> kind, Path file, boolean allowDuplicates,
                                         Texts texts) {
        List<T> rows = read(logbook.store, kind, file, logbook.clock.getZone(), texts);
        try {
            if (allowDuplicates) {
                logbook.store.records(kind.type()).addAll(rows);
                return new Result(kind, file, rows.size(), 0);
            }
            int added = logbook.store.records(kind.type()).addNew(rows);
            return new Result(kind, file, added, rows.size() - added);
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    /** Reads {@code file} and counts the rows already in the logbook, writing nothing. */
    public static <T> Preview<T> preview(LogbookStore store, RecordKind<T> kind, Path file, ZoneId zone,
                                         Texts texts) {
        List<T> rows = read(store, kind, file, zone, texts);
        return new Preview<>(kind, file, rows, store.records(kind.type()).countAlreadyThere(rows));
    }

    private static <T> List<T> read(LogbookStore store, RecordKind<T> kind, Path file, ZoneId zone,
                                    Texts texts) {
        try {
            InputFiles.requireRegularFile(file); // a pipe would block the import, a device never end
            store.refuseOwnFile(file.toAbsolutePath(), LogbookStore.Purpose.CSV);
            return new CsvImporter(zone, texts).read(file, CsvKind.of(kind));
        } catch (InputFiles.Refused e) {
            throw Refusal.badInput(e.phrase());
        } catch (ImportException e) {
            throw Refusal.badInput(Phrase.verbatim(e.getMessage())); // worded in texts' language as it was read
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }
}
