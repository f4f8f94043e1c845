package jp.nintei.cli;

import picocli.CommandLine.Model.CommandSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.nintei.app.OpenLogbook;
import jp.nintei.app.Safekeeping;

/** {@code backup FILE}: a consistent, checked copy of the logbook. */
final class BackupCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    BackupCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("backup", this, true).path("FILE", "cli.arg.backupFile").spec();
    }

    @Override
    public Integer call() {
        Path file = Declared.parameter(spec, 0);
        try (OpenLogbook logbook = context.forWriting()) {
            Safekeeping.backupTo(logbook, file);
            context.out.println(context.t("cli.backedUp", logbook.file(), file.toAbsolutePath()));
            context.notices(logbook);
        }
        return Cli.OK;
    }
}
