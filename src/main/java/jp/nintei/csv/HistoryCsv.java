package jp.nintei.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.nintei.domain.Progress;
import jp.nintei.domain.RequirementResult;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CLI {@code history} as CSV: header {@code as_of} then one column per requirement id of the profile; one row per
 * point; values formatted as in the summary's {@code value} column, empty where there is none. Lines end in LF.
 */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    public static String write(List<Progress> points) {
        StringBuilder out = new StringBuilder();
        Rows rows = new Rows(out);
        points.forEach(rows::add);
        rows.finish();
        return out.toString();
    }

    /**
     * The CSV written as the points come, nothing kept: the header with the first point (its requirements), then a
     * row per point. A failure to write is thrown as an {@link UncheckedIOException}.
     */
    public static final class Rows {
        private final Appendable out;
        private CSVPrinter printer;

        public Rows(Appendable out) {
            this.out = out;
        }

        public void add(Progress p) {
            try {
                if (printer == null) {
                    header(p.results().stream().map(RequirementResult::requirement).toList());
                }
                List<String> row = new ArrayList<>(p.results().size() + 1);
                row.add(p.asOf().date().toString());
                for (RequirementResult r : p.results()) {
                    boolean decimal = r.kind() == RequirementResult.Kind.RATE
                            || r.kind() == RequirementResult.Kind.AVERAGE;
                    row.add(SummaryCsv.number(r.value(), decimal));
                }
                printer.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** After the last point: the header alone when there was none. */
        public void finish() {
            try {
                if (printer == null) {
                    header(List.of());
                }
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void header(List<String> requirements) throws IOException {
            printer = new CSVPrinter(out, SummaryCsv.FORMAT);
            List<String> header = new ArrayList<>(List.of("as_of"));
            header.addAll(requirements);
            printer.printRecord(header);
        }
    }
}
