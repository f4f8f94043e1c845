package jp.nintei.cli;

import picocli.CommandLine.Model.CommandSpec;
import java.util.concurrent.Callable;
import jp.nintei.app.OpenLogbook;
import jp.nintei.app.SettingChanges;
import jp.nintei.i18n.Phrase;

/** {@code set KEY VALUE}: changes a setting (an empty VALUE clears one that may be empty). */
final class SetCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    SetCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("set", this, true)
                .parameter("KEY", "cli.arg.key")
                .parameter("VALUE", "cli.arg.value")
                .spec();
    }

    @Override
    public Integer call() {
        String key = Declared.parameter(spec, 0);
        String value = Declared.parameter(spec, 1);
        SettingChanges.requireKnown(context.db(), key); // before anything is opened, let alone created
        try (OpenLogbook logbook = context.forWriting()) {
            SettingChanges.Changed changed = SettingChanges.set(logbook, key, value);
            context.out.println(context.t("cli.set", changed.key(), changed.shown()));
            for (Phrase note : changed.notes()) {
                context.err.println("nintei: " + note.in(context.texts));
            }
        }
        return Cli.OK;
    }
}
