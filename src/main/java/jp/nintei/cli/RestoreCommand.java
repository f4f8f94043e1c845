package jp.nintei.cli;

import picocli.CommandLine.Model.CommandSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.nintei.app.Safekeeping;

/** {@code restore FILE}: replaces the logbook with a checked backup; the one it replaces is kept. */
final class RestoreCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    RestoreCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("restore", this, true).path("FILE", "cli.arg.restoreFile").spec();
    }

    @Override
    public Integer call() {
        Path backup = Declared.parameter(spec, 0);
        Safekeeping.Restored restored = Safekeeping.restore(context.db(), backup, context.clock);
        context.out.println(context.t("cli.restored", restored.logbook(), backup)
                + restored.kept().map(kept -> " " + context.t("cli.restoredKept", kept)).orElse(""));
        return Cli.OK;
    }
}
