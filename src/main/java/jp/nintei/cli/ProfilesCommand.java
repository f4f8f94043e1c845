package jp.nintei.cli;

import picocli.CommandLine.Model.CommandSpec;
import java.util.concurrent.Callable;
import jp.nintei.app.Profiles;
import jp.nintei.i18n.Phrase;
import jp.nintei.domain.ProfileCatalog;
import jp.nintei.domain.RuleProfile;

/** {@code profiles}: the rule profiles, as CSV ({@code id,name,built_in}); a bad profile file is named, exit 1. */
final class ProfilesCommand implements Callable<Integer> {

    private final CliContext context;
    final CommandSpec spec;

    ProfilesCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.command("profiles", this, true).defaultSeparator().spec();
    }

    @Override
    public Integer call() {
        ProfileCatalog catalog = Profiles.load(context.db());
        for (Phrase problem : catalog.problems()) {
            context.err.println("nintei: " + context.t("cli.warning", problem));
        }
        String language = context.texts.locale().getLanguage();
        context.out.println("id,name,built_in");
        for (RuleProfile p : catalog.profiles()) {
            context.out.println(String.join(",", cell(p.id()), cell(p.name(language)), Boolean.toString(p.builtIn())));
        }
        return catalog.problems().isEmpty() ? Cli.OK : Cli.BAD_DATA;
    }

    private static String cell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
