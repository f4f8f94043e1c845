package jp.nintei.app;

import java.nio.file.Path;
import java.util.List;
import jp.nintei.csv.CsvImporter;
import jp.nintei.csv.CsvKind;
import jp.nintei.csv.CsvRows;
import jp.nintei.csv.ImportException;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.RecordKind;
import jp.nintei.i18n.Texts;
import jp.nintei.files.InputFiles;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.RecordStore;
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

    /**
     * The file is read as it is written, inside the one transaction: a file of any size takes little memory, and a
     * bad row rolls back every row before it.
     */
    private static <T> Result importRows(OpenLogbook logbook, RecordKind<T> kind, Path file, boolean allowDuplicates,
                                         Texts texts) {
        refuse(logbook.store, file);
        try (CsvRows<T> rows = new CsvImporter(logbook.clock.getZone(), texts).rows(file, CsvKind.of(kind))) {
            RecordStore<T> table = logbook.store.records(kind);
            if (allowDuplicates) {
                return new Result(kind, file, table.addAll(rows), 0);
            }
            RecordStore.Imported imported = table.addNew(rows);
            return new Result(kind, file, imported.added(), imported.skipped());
        } catch (CsvRows.Failed e) {
            throw badFile(e.getCause());
        } catch (ImportException e) {
            throw badFile(e);
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    /** Reads {@code file} and counts the rows already in the logbook, writing nothing. */
    public static <T> Preview<T> preview(LogbookStore store, RecordKind<T> kind, Path file, ZoneId zone,
                                         Texts texts) {
        List<T> rows = read(store, kind, file, zone, texts);
        return new Preview<>(kind, file, rows, store.records(kind).countAlreadyThere(rows));
    }

    private static <T> List<T> read(LogbookStore store, RecordKind<T> kind, Path file, ZoneId zone,
                                    Texts texts) {
        refuse(store, file);
        try {
            return new CsvImporter(zone, texts).read(file, CsvKind.of(kind));
        } catch (ImportException e) {
            throw badFile(e);
        }
    }

    /** A file that is not one to import: a pipe would block the import, a device never end; the logbook's own. */
    private static void refuse(LogbookStore store, Path file) {
        try {
            InputFiles.requireRegularFile(file);
            store.refuseOwnFile(file.toAbsolutePath(), LogbookStore.Purpose.CSV);
        } catch (InputFiles.Refused e) {
            throw Refusal.badInput(e.phrase());
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    private static Refusal badFile(ImportException e) {
        return Refusal.badInput(Phrase.verbatim(e.getMessage())); // worded in texts' language as it was read
    }
}
