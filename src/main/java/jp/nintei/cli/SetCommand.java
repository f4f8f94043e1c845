package jp.nintei.cli;

import picocli.CommandLine.Mixin;
import java.util.concurrent.Callable;
import jp.nintei.app.OpenLogbook;
import jp.nintei.app.SettingChanges;
import jp.nintei.i18n.Phrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code set KEY VALUE}: changes a setting (an empty VALUE clears one that may be empty). */
@Command(name = "set", separator = " ")
final class SetCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    HelpOption help;

    @Parameters(index = "0", paramLabel = "KEY", descriptionKey = "cli.arg.key")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", descriptionKey = "cli.arg.value")
    String value;

    SetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
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
