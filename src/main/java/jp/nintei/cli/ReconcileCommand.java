package jp.nintei.cli;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.nintei.app.Exports;
import jp.nintei.app.OpenLogbook;
import jp.nintei.app.Refusal;
import jp.nintei.domain.Reconciliation.Figure;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code reconcile [--as-of TIME] [--profile ID] [--reply-rate P] [--completion P] [--rating R] [--satisfaction P]}:
 * the logbook against the figures the platform shows, as CSV; exit 0 whether or not they agree. The figures are kept
 * with the day of the as-of (one per figure and day), for the app's history chart.
 */
final class ReconcileCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    ReconcileCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("reconcile", this, false)
                .option("--as-of", "TIME", "cli.opt.asOf")
                .option("--profile", "ID", "cli.opt.profile")
                .option("--reply-rate", "PERCENT", "cli.opt.replyRate")
                .option("--completion", "PERCENT", "cli.opt.completion")
                .option("--rating", "STARS", "cli.opt.rating")
                .option("--satisfaction", "PERCENT", "cli.opt.satisfaction")
                .spec();
    }

    @Override
    public Integer call() {
        Map<Figure, BigDecimal> platform = new EnumMap<>(Figure.class);
        figure(platform, Figure.REPLY_RATE, "--reply-rate");
        figure(platform, Figure.COMPLETION, "--completion");
        figure(platform, Figure.RATING, "--rating");
        figure(platform, Figure.SATISFACTION, "--satisfaction");
        if (platform.isEmpty()) {
            throw context.usage(spec, "cli.noFigure");
        }
        OffsetDateTime at = Times.asOf(context, spec, Declared.text(spec, "--as-of"));
        String profile = Declared.text(spec, "--profile");
        OpenLogbook logbook;
        boolean keep = true;
        try {
            logbook = context.forKeeping(); // the figures are kept, with the day of --as-of
        } catch (Refusal refusal) {
            if (refusal.reason() != Refusal.Reason.ALREADY_OPEN && refusal.reason() != Refusal.Reason.READ_ONLY) {
                throw refusal;
            }
            // open in the app, or a file that cannot be written: compared all the same, nothing kept
            logbook = context.forReading();
            keep = false;
            context.err.println("nintei: " + context.t("cli.figuresNotKept", refusal.words(context.texts)));
        }
        try (OpenLogbook open = logbook) {
            boolean keeping = keep;
            String csv = ProfileOption.known(context, spec, () -> Exports.reconcile(open, at,
                    context.clock.getZone(), Optional.ofNullable(profile), platform, keeping, context.texts));
            context.out.print(csv);
        }
        return Cli.OK;
    }

    /** A figure as typed, as {@link Figure#parse} takes it; anything else is refused by the option's name. */
    private void figure(Map<Figure, BigDecimal> platform, Figure figure, String option) {
        String typed = Declared.text(spec, option);
        if (typed != null) {
            platform.put(figure, figure.parse(typed).orElseThrow(() -> context.usage(spec, "cli.badFigure", option,
                    figure.lowest(), figure.highest(), typed)));
        }
    }
}
