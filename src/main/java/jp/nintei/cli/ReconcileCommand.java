package jp.nintei.cli;

import picocli.CommandLine.Mixin;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reconcile [--as-of TIME] [--profile ID] [--reply-rate P] [--completion P] [--rating R] [--satisfaction P]}:
 * the logbook against the figures the platform shows, as CSV; exit 0 whether or not they agree. The figures are kept
 * with the day of the as-of (one per figure and day), for the app's history chart.
 */
@Command(name = "reconcile", separator = " ", sortOptions = false)
final class ReconcileCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "TIME", descriptionKey = "cli.opt.asOf")
    String asOf;

    @Option(names = "--profile", paramLabel = "ID", descriptionKey = "cli.opt.profile")
    String profile;

    @Option(names = "--reply-rate", paramLabel = "PERCENT", descriptionKey = "cli.opt.replyRate")
    String replyRate;

    @Option(names = "--completion", paramLabel = "PERCENT", descriptionKey = "cli.opt.completion")
    String completion;

    @Option(names = "--rating", paramLabel = "STARS", descriptionKey = "cli.opt.rating")
    String rating;

    @Option(names = "--satisfaction", paramLabel = "PERCENT", descriptionKey = "cli.opt.satisfaction")
    String satisfaction;

    ReconcileCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Map<Figure, BigDecimal> platform = new EnumMap<>(Figure.class);
        figure(platform, Figure.REPLY_RATE, "--reply-rate", replyRate);
        figure(platform, Figure.COMPLETION, "--completion", completion);
        figure(platform, Figure.RATING, "--rating", rating);
        figure(platform, Figure.SATISFACTION, "--satisfaction", satisfaction);
        if (platform.isEmpty()) {
            throw context.usage(spec, "cli.noFigure");
        }
        OffsetDateTime at = Times.asOf(context, spec, asOf);
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
    private void figure(Map<Figure, BigDecimal> platform, Figure figure, String option, String typed) {
        if (typed != null) {
            platform.put(figure, figure.parse(typed).orElseThrow(() -> context.usage(spec, "cli.badFigure", option,
                    figure.lowest(), figure.highest(), typed)));
        }
    }
}
