package jp.nintei.app;

import java.io.IOException;
import java.util.function.Consumer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.nintei.csv.CsvExporter;
import jp.nintei.csv.CsvFiles;
import jp.nintei.csv.CsvKind;
import jp.nintei.csv.HistoryCsv;
import jp.nintei.csv.ReconcileCsv;
import jp.nintei.csv.SummaryCsv;
import jp.nintei.domain.Job;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.Message;
import jp.nintei.domain.NextReview;
import jp.nintei.domain.Reconciliation;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.RecordKind;
import jp.nintei.domain.Review;
import jp.nintei.domain.Settings;
import jp.nintei.i18n.Texts;
import jp.nintei.files.InputFiles;
import jp.nintei.store.LogbookStore;
import jp.nintei.store.StoreException;
import jp.nintei.domain.ProfileCatalog;

/**
 * What Nintei writes out: every row of one kind (which {@code import} reads back identical), the progress summary, the
 * history — as CSV text; and that text into a file, safely ({@link CsvFiles}) and never into the logbook's own files.
 */
public final class Exports {

    private Exports() {
    }

    /** Every row of one kind as CSV; a damaged value elsewhere in the logbook does not stop it. */
    public static String rows(OpenLogbook logbook, RecordKind<?> kind) {
        try {
            LogbookStore store = logbook.store;
            List<Job> jobs = kind == RecordKind.JOBS ? store.jobs().all() : List.of();
            List<Message> messages = kind == RecordKind.MESSAGES ? store.messages().all() : List.of();
            List<Review> reviews = kind == RecordKind.REVIEWS ? store.reviews().all() : List.of();
            return CsvExporter.write(new Logbook(jobs, messages, reviews, Settings.EMPTY), CsvKind.of(kind));
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    /**
     * The progress summary as of {@code at} (or as the next monthly review will see it), by {@code profileId} or the
     * logbook's own profile; its readable columns in the language of {@code texts}, its times in {@code zone}.
     *
     * @throws UnknownProfileException when {@code profileId} names no profile
     */
    public static String summary(OpenLogbook logbook, OffsetDateTime at, Optional<String> profileId,
                                 boolean atNextReview, Texts texts, ZoneId zone) {
        return summary(logbook.store, logbook.profiles(), at, profileId, atNextReview, texts, zone);
    }

    /**
     * The logbook against the platform's figures, as CSV ({@link ReconcileCsv}); the figures are kept with the day of
     * {@code at} in {@code zone} when {@code keep}, else only compared (a logbook that cannot be written now).
     */
    public static String reconcile(OpenLogbook logbook, OffsetDateTime at, ZoneId zone, Optional<String> profileId,
                                   Map<Reconciliation.Figure, BigDecimal> platform, boolean keep, Texts texts) {
        try {
            return ReconcileCsv.write(keep
                    ? Reconcile.compareAndKeep(logbook.store, logbook.profiles(), at, zone, profileId, platform)
                    : Reconcile.compare(logbook.store, logbook.profiles(), at, profileId, platform), texts);
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    /** The summary of a logbook's store: what the CLI's {@code summary} and the app's Export both write. */
    static String summary(LogbookStore store, ProfileCatalog catalog, OffsetDateTime at,
                          Optional<String> profileId, boolean atNextReview, Texts texts, ZoneId zone) {
        try {
            Measure.Summary summary = Measure.summary(store, catalog, at, profileId, atNextReview);
            return SummaryCsv.write(summary.progress(), summary.settings(), texts,
                    atNextReview ? NextReview.after(at).getOffset() : zone);
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    /**
     * Each requirement's value at the end of each day from {@code from} to {@code to}, every {@code step}, as CSV rows
     * written into {@code out} as they are measured: any range, in bounded memory.
     */
    public static void history(OpenLogbook logbook, LocalDate from, LocalDate to, Period step, ZoneId zone,
                               Optional<String> profileId, Appendable out) {
        try {
            HistoryCsv.Rows rows = new HistoryCsv.Rows(out);
            Measure.history(logbook.store, logbook.profiles(), from, to, step, zone, profileId, rows::add);
            rows.finish();
        } catch (StoreException e) {
            throw Refusal.of(e);
        }
    }

    /** Writes {@code csv} (with a byte-order mark, for Excel) into {@code target}: never one of the logbook's files. */
    public static void write(OpenLogbook logbook, Path target, String csv) {
        write(List.of(logbook.store), target, CsvFiles.text(csv));
    }

    /** As {@link #write(OpenLogbook, Path, String)}, the text written by {@code text} as it comes (nothing kept). */
    public static void write(OpenLogbook logbook, Path target, Consumer<Appendable> text) {
        write(List.of(logbook.store), target, text);
    }

    /** Writes {@code csv} into {@code target}, which must be none of the files of {@code logbooks}. */
    static void write(List<LogbookStore> logbooks, Path target, String csv) {
        write(logbooks, target, CsvFiles.text(csv));
    }

    private static void write(List<LogbookStore> logbooks, Path target, Consumer<Appendable> text) {
        try {
            for (LogbookStore logbook : logbooks) {
                logbook.refuseOwnFile(target.toAbsolutePath(), LogbookStore.Purpose.OUTPUT);
            }
            CsvFiles.writeForExcel(target, text);
        } catch (StoreException e) {
            throw Refusal.of(e);
        } catch (InputFiles.Refused e) {
            throw Refusal.badInput(new Phrase("app.cannotWrite", target, e.phrase()));
        } catch (IOException | UncheckedIOException e) {
            throw Refusal.badInput(new Phrase("app.cannotWrite", target, String.valueOf(e.getMessage())));
        }
    }
}
