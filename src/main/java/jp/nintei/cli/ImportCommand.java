package jp.nintei.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.nintei.app.Imports;
import jp.nintei.app.OpenLogbook;
import jp.nintei.domain.RecordKind;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import jobs|messages|reviews FILE.csv [--allow-duplicates]}: all the rows of a CSV file, or none. */
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    ImportCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("import", this, true)
                .parameter("jobs|messages|reviews", "cli.arg.kind")
                .path("FILE.csv", "cli.arg.csv")
                .flag("--allow-duplicates", "cli.opt.allowDuplicates")
                .spec();
    }

    @Override
    public Integer call() {
        String kind = Declared.parameter(spec, 0);
        Path file = Declared.parameter(spec, 1);
        boolean allowDuplicates = Declared.on(spec, "--allow-duplicates");
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
