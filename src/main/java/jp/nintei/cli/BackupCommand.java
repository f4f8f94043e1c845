package jp.nintei.cli;

import picocli.CommandLine.Mixin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.nintei.app.OpenLogbook;
import jp.nintei.app.Safekeeping;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code backup FILE}: a consistent, checked copy of the logbook. */
@Command(name = "backup", separator = " ")
final class BackupCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.arg.backupFile")
    Path file;

    BackupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (OpenLogbook logbook = context.forWriting()) {
            Safekeeping.backupTo(logbook, file);
            context.out.println(context.t("cli.backedUp", logbook.file(), file.toAbsolutePath()));
            context.notices(logbook);
        }
        return Cli.OK;
    }
}
