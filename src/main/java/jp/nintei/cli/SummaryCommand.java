package jp.nintei.cli;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.nintei.app.Exports;
import jp.nintei.app.OpenLogbook;
import picocli.CommandLine.Model.CommandSpec;

/** {@code summary [--as-of TIME] [--out FILE] [--profile ID] [--at-next-review]}: the progress summary as CSV. */
final class SummaryCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    SummaryCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("summary", this, false)
                .option("--as-of", "TIME", "cli.opt.asOf")
                .option("--out", "FILE", "cli.opt.out")
                .option("--profile", "ID", "cli.opt.profile")
                .flag("--at-next-review", "cli.opt.atNextReview")
                .spec();
    }

    @Override
    public Integer call() {
        String profile = Declared.text(spec, "--profile");
        boolean atNextReview = Declared.on(spec, "--at-next-review");
        OffsetDateTime at = Times.asOf(context, spec, Declared.text(spec, "--as-of"));
        try (OpenLogbook logbook = context.forReading()) {
            String csv = ProfileOption.known(context, spec, () -> Exports.summary(logbook, at, Optional.ofNullable(profile),
                    atNextReview, context.texts, context.clock.getZone()));
            context.print(logbook, csv, Declared.text(spec, "--out"), "cli.wroteSummary");
        }
        return Cli.OK;
    }
}
