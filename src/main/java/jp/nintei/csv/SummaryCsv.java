package jp.nintei.csv;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.nintei.domain.Progress;
import jp.nintei.words.ProgressWords;
import jp.nintei.domain.Settings;
import jp.nintei.i18n.Texts;
import jp.nintei.domain.RequirementResult;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import java.time.temporal.ChronoUnit;

/**
 * The progress summary as CSV — a public contract. Header {@code requirement,value,target,met,needed} then
 * {@code margin}; one row per requirement in the profile's order; rates and averages with 4 decimals, money and
 * counts as integers, {@code met} as true/false, empty cells where there is no value. After them, for people, in the
 * language of the {@link Texts} given: the requirement's label, the value as shown, what is still needed in words,
 * the as-of time and the window. Lines end in LF.
 */
public final class SummaryCsv {

    public static final List<String> HEADER = List.of("requirement", "value", "target", "met", "needed", "margin",
            "label", "shown", "in_words", "as_of", "window");

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private SummaryCsv() {
    }

    /**
     * @param settings the settings the progress was measured with (the words name the checks left, the category)
     * @param zone     the user's time zone, in which the as-of time is written
     */
    public static String write(Progress progress, Settings settings, Texts texts, ZoneId zone) {
        ProgressWords words = new ProgressWords(texts, progress.profile());
        // whole seconds, as the README shows: a measure taken "now" carries nanoseconds that mean nothing here
        String asOf = progress.asOf().instant().truncatedTo(ChronoUnit.SECONDS).atZone(zone)
                .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(HEADER);
            for (RequirementResult r : progress.results()) {
                boolean decimal = r.kind() == RequirementResult.Kind.RATE || r.kind() == RequirementResult.Kind.AVERAGE;
                printer.printRecord(r.requirement(), number(r.value(), decimal), number(r.target(), decimal),
                        Boolean.toString(r.met()), number(r.needed(), false), number(r.margin(), false),
                        CellText.neutralise(words.label(r)), CellText.neutralise(words.value(r)),
                        CellText.neutralise(words.advice(r, settings)), asOf,
                        words.window(r.requirement(), progress.asOf()));
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
        if (decimal) {
            return value.setScale(4, RoundingMode.DOWN).toPlainString();
        }
        // money and counts are whole; a value the user entered (a 4.9 rating) is written as entered
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? plain.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : plain.toPlainString();
    }
}
