package jp.nintei.cli;

import picocli.CommandLine.Mixin;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.nintei.app.Exports;
import jp.nintei.app.OpenLogbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code history --from DATE --to DATE [--step day|week|month] [--profile ID] [--out FILE]}: values over time. */
@Command(name = "history", separator = " ", sortOptions = false)
final class HistoryCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", required = true, descriptionKey = "cli.opt.from")
    String from;

    @Option(names = "--to", paramLabel = "DATE", required = true, descriptionKey = "cli.opt.to")
    String to;

    @Option(names = "--step", paramLabel = "day|week|month", defaultValue = "week", descriptionKey = "cli.opt.step")
    String step;

    @Option(names = "--profile", paramLabel = "ID", descriptionKey = "cli.opt.profile")
    String profile;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.opt.out")
    String out;

    HistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        LocalDate first = Times.day(context, spec, "--from", from);
        LocalDate last = Times.day(context, spec, "--to", to);
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
                        Optional.ofNullable(profile), csv), out, "cli.wroteHistory");
                return true;
            });
        }
        return Cli.OK;
    }
}
