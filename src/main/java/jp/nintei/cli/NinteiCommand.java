package jp.nintei.cli;

import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nintei [--db FILE] COMMAND}: the options before the command; the commands are added by {@link Cli}. */
@Command(name = "nintei", separator = " ", sortOptions = false, versionProvider = NinteiCommand.Version.class)
final class NinteiCommand implements Runnable {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", descriptionKey = "cli.opt.db")
    void db(String file) {
        if (file.isBlank()) {
            throw context.usage(spec, "cli.dbEmpty");
        }
        context.dbOption = file;
    }

    @Option(names = "--version", versionHelp = true, descriptionKey = "cli.opt.version")
    boolean version;

    @Option(names = {"--help", "-h"}, usageHelp = true, descriptionKey = "cli.opt.help")
    boolean help;

    NinteiCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw context.usage(spec, "cli.noCommand");
    }

    /** "Nintei 0.1.0": the version in pom.xml. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Nintei " + jp.nintei.domain.Version.current()};
        }
    }

    /** {@code nintei version}: the same as {@code --version}. */
    @Command(name = "version")
    static final class VersionCommand implements Runnable {
        private final CliContext context;

        VersionCommand(CliContext context) {
            this.context = context;
        }

        @Override
        public void run() {
            context.out.println(new Version().getVersion()[0]);
        }
    }
}
