package jp.nintei.cli;

import java.util.function.Supplier;
import jp.nintei.app.UnknownProfileException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --profile ID}: an id that names no profile is a usage error that lists the ids there are. */
final class ProfileOption {

    private ProfileOption() {
    }

    static <T> T known(CliContext context, CommandSpec spec, Supplier<T> work) {
        try {
            return work.get();
        } catch (UnknownProfileException e) {
            throw context.usage(spec, "cli.unknownProfile", e.id(), String.join(", ", e.known()));
        }
    }
}
