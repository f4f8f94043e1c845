package jp.nintei.cli;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.nintei.app.Exports;
import jp.nintei.app.OpenLogbook;
import picocli.CommandLine.Model.CommandSpec;

/** {@code history --from DATE --to DATE [--step day|week|month] [--profile ID] [--out FILE]}: values over time. */
final class HistoryCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    HistoryCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("history", this, false)
                .required("--from", "DATE", "cli.opt.from")
                .required("--to", "DATE", "cli.opt.to")
                .option("--step", "day|week|month", "week", "cli.opt.step")
                .option("--profile", "ID", "cli.opt.profile")
                .option("--out", "FILE", "cli.opt.out")
                .spec();
    }

    @Override
    public Integer call() {
        LocalDate first = Times.day(context, spec, "--from", Declared.text(spec, "--from"));
        LocalDate last = Times.day(context, spec, "--to", Declared.text(spec, "--to"));
        String step = Declared.text(spec, "--step");
        String profile = Declared.text(spec, "--profile");
        if (last.isBefore(first)) {
            throw context.usage(spec, "cli.historyRange");
        }
        Period period = switch (step) {
            case "day" -> Period.ofDays(1);
            case "week" -> Period.ofWeeks(1);
            case "month" -> Period.ofMonths(1);
            default -> throw context.usage(spec, "cli.historyStep", step);
        };
        try (OpenLogbook logbook = context.forReading()) {
            // each point is written as it is measured: a range of a thousand years in bounded memory
            ProfileOption.known(context, spec, () -> {
                context.stream(logbook, csv -> Exports.history(logbook, first, last, period, context.clock.getZone(),
                        Optional.ofNullable(profile), csv), Declared.text(spec, "--out"), "cli.wroteHistory");
                return true;
            });
        }
        return Cli.OK;
    }
}
