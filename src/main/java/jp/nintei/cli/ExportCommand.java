package jp.nintei.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.nintei.app.Exports;
import jp.nintei.app.OpenLogbook;
import jp.nintei.domain.RecordKind;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export jobs|messages|reviews FILE}: every row of one kind as CSV ({@code -}: standard output). */
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    ExportCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("export", this, true)
                .parameter("jobs|messages|reviews", "cli.arg.kind")
                .parameter("FILE", "cli.arg.outFile")
                .spec();
    }

    @Override
    public Integer call() {
        String kind = Declared.parameter(spec, 0);
        String target = Declared.parameter(spec, 1);
        RecordKind<?> records = RecordKind.byName(kind).orElseThrow(() -> context.usage(spec, "cli.exportKind", kind));
        try (OpenLogbook logbook = context.forReading()) {
            String csv = Exports.rows(logbook, records);
            if (target.equals(CliContext.STDOUT)) {
                context.out.print(csv);
            } else {
                Exports.write(logbook, Path.of(target), csv);
                context.out.println(context.t("cli.exported", records.name(), Path.of(target).toAbsolutePath()));
            }
        }
        return Cli.OK;
    }
}
