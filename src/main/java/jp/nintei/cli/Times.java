package jp.nintei.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.nintei.domain.History;
import jp.nintei.domain.TimeFormats;
import jp.nintei.domain.ValueException;
import picocli.CommandLine.Model.CommandSpec;

/** The times and dates the CLI's options take: the forms of the CSV files, with the same range and words. */
final class Times {

    private Times() {
    }

    /**
     * {@code --as-of}: a time as in the CSV files; a date alone means the end of that day in the user's zone; no
     * value (the option not given) means now.
     */
    static OffsetDateTime asOf(CliContext context, CommandSpec spec, String value) {
        if (value == null) {
            return OffsetDateTime.now(context.clock);
        }
        try {
            return TimeFormats.instant("--as-of", value, context.clock.getZone());
        } catch (ValueException notAnInstant) {
            try {
                return History.lastSecondOf(TimeFormats.date("--as-of", value), context.clock.getZone())
                        .toOffsetDateTime();
            } catch (ValueException notADate) {
                throw notADate.key().equals("value.notDate") ? context.usage(spec, "cli.badAsOf", value)
                        : context.usage(spec, "value.field", "--as-of", notADate.problem(context.texts));
            }
        }
    }

    /** A date option ({@code --from}, {@code --to}), from 1970-01-01 to 2999-12-31. */
    static LocalDate day(CliContext context, CommandSpec spec, String option, String value) {
        try {
            return TimeFormats.date(option, value);
        } catch (ValueException e) {
            throw context.usage(spec, "value.field", option, e.problem(context.texts));
        }
    }
}
