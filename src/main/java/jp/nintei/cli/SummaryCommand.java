package jp.nintei.cli;

import picocli.CommandLine.Mixin;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.nintei.app.Exports;
import jp.nintei.app.OpenLogbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code summary [--as-of TIME] [--out FILE] [--profile ID] [--at-next-review]}: the progress summary as CSV. */
@Command(name = "summary", separator = " ", sortOptions = false)
final class SummaryCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "TIME", descriptionKey = "cli.opt.asOf")
    String asOf;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "cli.opt.out")
    String out;

    @Option(names = "--profile", paramLabel = "ID", descriptionKey = "cli.opt.profile")
    String profile;

    @Option(names = "--at-next-review", descriptionKey = "cli.opt.atNextReview")
    boolean atNextReview;

    SummaryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        OffsetDateTime at = Times.asOf(context, spec, asOf);
        try (OpenLogbook logbook = context.forReading()) {
            String csv = ProfileOption.known(context, spec, () -> Exports.summary(logbook, at, Optional.ofNullable(profile),
                    atNextReview, context.texts, context.clock.getZone()));
            context.print(logbook, csv, out, "cli.wroteSummary");
        }
        return Cli.OK;
    }
}
