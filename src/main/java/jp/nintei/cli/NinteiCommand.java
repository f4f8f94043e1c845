package jp.nintei.cli;

import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;

/** {@code nintei [--db FILE] COMMAND}: the options before the command; the commands are added by {@link Cli}. */
final class NinteiCommand implements Runnable {

    private final CliContext context;

    final CommandSpec spec;

    NinteiCommand(CliContext context) {
        this.context = context;
        this.spec = Declared.bare("nintei", this, false)
                .version("--version", "cli.opt.version")
                .help()
                .option("--db", "FILE", new ISetter() {
                    @Override
                    public <T> T set(T file) {
                        db((String) file);
                        return null;
                    }
                }, "cli.opt.db")
                .spec();
        spec.versionProvider(new Version());
    }

    private void db(String file) {
        if (file == null) {
            return; // no value: picocli clearing the option before a parse
        }
        if (file.isBlank()) {
            throw context.usage(spec, "cli.dbEmpty");
        }
        context.dbOption = file;
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
    static final class VersionCommand implements Runnable {
        private final CliContext context;

        final CommandSpec spec;

        VersionCommand(CliContext context) {
            this.context = context;
            this.spec = Declared.bare("version", this, true).defaultSeparator().spec();
        }

        @Override
        public void run() {
            context.out.println(new Version().getVersion()[0]);
        }
    }
}
