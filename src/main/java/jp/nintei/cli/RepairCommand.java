package jp.nintei.cli;

import picocli.CommandLine.Model.CommandSpec;
import java.util.concurrent.Callable;
import jp.nintei.app.Safekeeping;
import jp.nintei.i18n.Phrase;

/** {@code repair}: sets aside the rows holding values Nintei cannot read, and recounts the totals. */
final class RepairCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    RepairCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("repair", this, true).defaultSeparator().spec();
    }

    @Override
    public Integer call() {
        Safekeeping.Repaired repaired = Safekeeping.repair(context.db(), context.clock);
        for (Phrase notice : repaired.notices()) {
            context.err.println("nintei: " + context.t("cli.note", notice));
        }
        repaired.setAside().ifPresentOrElse(
                done -> context.out.println(context.t("cli.repaired", done.rows(), done.csv(), done.keptCopy())),
                () -> context.out.println(context.t("cli.repairNothing", context.db().toAbsolutePath())));
        return Cli.OK;
    }
}
