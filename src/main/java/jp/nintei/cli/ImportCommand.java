package jp.nintei.cli;

import picocli.CommandLine.Mixin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.nintei.app.Imports;
import jp.nintei.app.OpenLogbook;
import jp.nintei.domain.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import jobs|messages|reviews FILE.csv [--allow-duplicates]}: all the rows of a CSV file, or none. */
@Command(name = "import", separator = " ")
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "jobs|messages|reviews", descriptionKey = "cli.arg.kind")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE.csv", descriptionKey = "cli.arg.csv")
    Path file;

    @Option(names = "--allow-duplicates", descriptionKey = "cli.opt.allowDuplicates")
    boolean allowDuplicates;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        RecordKind<?> records = RecordKind.byName(kind).orElseThrow(() -> context.usage(spec, "cli.importKind", kind));
        try (OpenLogbook logbook = context.forWriting()) {
            Imports.Result done = Imports.file(logbook, records, file, allowDuplicates, context.texts);
            context.out.println(context.t("cli.imported." + records.name(), done.added(), file)
                    + (done.skipped() == 0 ? "" : " " + context.t("cli.skipped." + records.name(), done.skipped())));
            context.notices(logbook);
        }
        return Cli.OK;
    }
}
