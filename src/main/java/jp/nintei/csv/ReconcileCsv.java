package jp.nintei.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import jp.nintei.domain.Reconciliation;
import jp.nintei.i18n.Texts;
import org.apache.commons.csv.CSVPrinter;

/**
 * The logbook against the platform's figures as CSV — a public contract: header
 * {@code requirement,platform,nintei,agrees,explanation}, one row per figure typed (the requirement as the summary
 * names it), in the order reply rate,
 * completion, rating, satisfaction; {@code platform} as typed, {@code nintei} as the platform would show Nintei's
 * value (empty when nothing counts), {@code agrees} true/false, the explanation in the language of {@code texts}.
 */
public final class ReconcileCsv {

    public static final List<String> HEADER = List.of("requirement", "platform", "nintei", "agrees", "explanation");

    private ReconcileCsv() {
    }

    public static String write(List<Reconciliation.Line> lines, Texts texts) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, SummaryCsv.FORMAT)) {
            printer.printRecord(HEADER);
            for (Reconciliation.Line line : lines) {
                printer.printRecord(line.requirement(), plain(line.platform()), plain(line.nintei()),
                        Boolean.toString(line.agrees()), CellText.neutralise(line.explanation().in(texts)));
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
