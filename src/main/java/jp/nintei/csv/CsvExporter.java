package jp.nintei.csv;

import jp.nintei.domain.TimeFormats;
import java.io.IOException;
import jp.nintei.domain.Job;
import jp.nintei.domain.Logbook;
import jp.nintei.domain.Message;
import jp.nintei.domain.Review;
import org.apache.commons.csv.CSVPrinter;

/**
 * The full-data export: every row of one kind, with the import's own column names and forms, so that
 * {@code import} reads it back into an identical logbook. Text cells are neutralised against formulas.
 */
public final class CsvExporter {

    private CsvExporter() {
    }

    public static String write(Logbook logbook, CsvKind<?> kind) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, SummaryCsv.FORMAT)) {
            printer.printRecord(kind.columns());
            if (kind == CsvKind.JOBS) {
                for (Job j : logbook.jobs()) {
                    printer.printRecord(text(j.title()), text(j.client()), text(j.category()), j.orderedOn(),
                            j.status().code(), j.closedOn() == null ? "" : j.closedOn(),
                            j.amountJpy() == null ? "" : j.amountJpy(), j.excluded(), text(j.note()));
                }
            } else if (kind == CsvKind.MESSAGES) {
                for (Message m : logbook.messages()) {
                    printer.printRecord(text(m.client()), TimeFormats.format(m.receivedAt()),
                            TimeFormats.format(m.repliedAt()), m.noReplyNeeded(), text(m.note()));
                }
            } else {
                for (Review r : logbook.reviews()) {
                    printer.printRecord(text(r.client()), r.ratedOn(), r.rating().code(), text(r.comment()));
                }
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    private static String text(String value) {
        return CellText.neutralise(value);
    }
}
