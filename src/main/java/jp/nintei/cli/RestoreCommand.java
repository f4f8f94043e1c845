package jp.nintei.cli;

import picocli.CommandLine.Mixin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.nintei.app.Safekeeping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code restore FILE}: replaces the logbook with a checked backup; the one it replaces is kept. */
@Command(name = "restore", separator = " ")
final class RestoreCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.arg.restoreFile")
    Path backup;

    RestoreCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Safekeeping.Restored restored = Safekeeping.restore(context.db(), backup, context.clock);
        context.out.println(context.t("cli.restored", restored.logbook(), backup)
                + restored.kept().map(kept -> " " + context.t("cli.restoredKept", kept)).orElse(""));
        return Cli.OK;
    }
}
