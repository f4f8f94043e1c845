package jp.nintei.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import jp.nintei.domain.Progress;
import jp.nintei.domain.RequirementResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The progress summary as CSV — a public contract. Header {@code requirement,value,target,met,needed} then
 * {@code margin}; one row per requirement in the profile's order; rates and averages with 4 decimals, money and
 * counts as integers, {@code met} as true/false, empty cells where there is no value. Lines end in LF.
 */
public final class SummaryCsv {

    public static final List<String> HEADER = List.of("requirement", "value", "target", "met", "needed", "margin");

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private SummaryCsv() {
    }

    public static String write(Progress progress) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(HEADER);
            for (RequirementResult r : progress.results()) {
                boolean decimal = r.kind() == RequirementResult.Kind.RATE || r.kind() == RequirementResult.Kind.AVERAGE;
                printer.printRecord(r.requirement(), number(r.value(), decimal), number(r.target(), decimal),
                        Boolean.toString(r.met()), number(r.needed(), false), number(r.margin(), false));
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    static String number(BigDecimal value, boolean decimal) {
        if (value == null) {
            return "";
        }
        return decimal ? value.setScale(4, RoundingMode.DOWN).toPlainString()
                : value.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
    }
}
