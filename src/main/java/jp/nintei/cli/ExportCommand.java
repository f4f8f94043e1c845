package jp.nintei.cli;

import picocli.CommandLine.Mixin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.nintei.app.Exports;
import jp.nintei.app.OpenLogbook;
import jp.nintei.domain.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export jobs|messages|reviews FILE}: every row of one kind as CSV ({@code -}: standard output). */
@Command(name = "export", separator = " ")
final class ExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "jobs|messages|reviews", descriptionKey = "cli.arg.kind")
    String kind;

    @Parameters(index = "1", paramLabel = "FILE", descriptionKey = "cli.arg.outFile")
    String target;

    ExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
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
