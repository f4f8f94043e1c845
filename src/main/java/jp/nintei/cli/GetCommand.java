package jp.nintei.cli;

import picocli.CommandLine.Model.CommandSpec;
import java.util.concurrent.Callable;
import jp.nintei.app.OpenLogbook;
import jp.nintei.app.SettingChanges;

/** {@code get [KEY]}: one setting, or every one as {@code key=value}. */
final class GetCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    GetCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("get", this, true).optionalParameter("KEY", "cli.arg.getKey").spec();
    }

    @Override
    public Integer call() {
        String key = Declared.parameter(spec, 0);
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
