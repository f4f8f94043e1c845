package jp.nintei.cli;

import picocli.CommandLine.Mixin;
import java.util.concurrent.Callable;
import jp.nintei.app.OpenLogbook;
import jp.nintei.app.SettingChanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code get [KEY]}: one setting, or every one as {@code key=value}. */
@Command(name = "get", separator = " ")
final class GetCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", descriptionKey = "cli.arg.getKey")
    String key;

    GetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (key != null) {
            SettingChanges.requireKnown(context.db(), key);
        }
        try (OpenLogbook logbook = context.forReading()) {
            if (key == null) {
                SettingChanges.all(logbook).forEach((k, v) -> context.out.println(k + "=" + v));
            } else {
                context.out.println(SettingChanges.get(logbook, key));
            }
        }
        return Cli.OK;
    }
}
