package jp.nintei.csv;

import java.io.IOException;
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
        try (CSVPrinter printer = new CSVPrinter(out, SummaryCsv.FORMAT)) {
            List<String> header = new ArrayList<>(List.of("as_of"));
            if (!points.isEmpty()) {
                points.get(0).results().forEach(r -> header.add(r.requirement()));
            }
            printer.printRecord(header);
            for (Progress p : points) {
                List<String> row = new ArrayList<>(List.of(p.asOf().date().toString()));
                for (RequirementResult r : p.results()) {
                    boolean decimal = r.kind() == RequirementResult.Kind.RATE
                            || r.kind() == RequirementResult.Kind.AVERAGE;
                    row.add(SummaryCsv.number(r.value(), decimal));
                }
                printer.printRecord(row);
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }
}
