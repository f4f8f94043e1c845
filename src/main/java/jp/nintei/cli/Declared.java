package jp.nintei.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's options and parameters, declared through picocli's programmatic API, and their values once parsed.
 * Annotations said the same, but picocli reads them by reflection and the JVM makes a proxy class for each annotation
 * type it reads, which no class-data cache holds: a cold summary took 0.31 s with them and 0.245 s without, installed.
 */
final class Declared {

    private final CommandSpec spec;

    private Declared(CommandSpec spec) {
        this.spec = spec;
    }

    /**
     * {@code name}, run by {@code command} (a {@code Callable} or a {@code Runnable}), with {@code -h}/{@code --help};
     * its options listed in the usage as declared, or sorted by name when {@code sorted}.
     */
    static Declared command(String name, Object command, boolean sorted) {
        return bare(name, command, sorted).help();
    }

    /** As {@link #command}, without {@code --help}. */
    static Declared bare(String name, Object command, boolean sorted) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name);
        spec.parser().separator(" ");
        spec.usageMessage().sortOptions(sorted);
        return new Declared(spec);
    }

    /** {@code --name LABEL}: a text, null where not given. */
    Declared option(String name, String label, String descriptionKey) {
        return option(OptionSpec.builder(name).paramLabel(label).type(String.class), descriptionKey);
    }

    /** {@code --name LABEL}, required. */
    Declared required(String name, String label, String descriptionKey) {
        return option(OptionSpec.builder(name).paramLabel(label).type(String.class).required(true), descriptionKey);
    }

    /** {@code --name LABEL}: {@code defaultValue} where not given. */
    Declared option(String name, String label, String defaultValue, String descriptionKey) {
        return option(OptionSpec.builder(name).paramLabel(label).type(String.class).defaultValue(defaultValue),
                descriptionKey);
    }

    /** {@code --name LABEL}, each value given to {@code setter} as it is parsed (and checked there). */
    Declared option(String name, String label, ISetter setter, String descriptionKey) {
        return option(OptionSpec.builder(name).paramLabel(label).type(String.class).setter(setter)
                .hasInitialValue(false), descriptionKey);
    }

    /** {@code --name}: on or off. */
    Declared flag(String name, String descriptionKey) {
        return option(OptionSpec.builder(name).type(boolean.class), descriptionKey);
    }

    /** {@code -h}, {@code --help}: prints the command's usage. */
    Declared help() {
        return option(OptionSpec.builder("-h", "--help").usageHelp(true), "cli.opt.help");
    }

    /** {@code --version}: prints the command's version. */
    Declared version(String name, String descriptionKey) {
        return option(OptionSpec.builder(name).versionHelp(true), descriptionKey);
    }

    private Declared option(OptionSpec.Builder option, String descriptionKey) {
        spec.addOption(option.descriptionKey(descriptionKey).build());
        return this;
    }

    /** The next positional parameter, {@code LABEL}: a text. */
    Declared parameter(String label, String descriptionKey) {
        return parameter(label, "1", String.class, descriptionKey);
    }

    /** The next positional parameter, {@code LABEL}: a file's path (one the system cannot name is a usage error). */
    Declared path(String label, String descriptionKey) {
        return parameter(label, "1", Path.class, descriptionKey);
    }

    /** The next positional parameter, {@code [LABEL]}: a text, null where not given. */
    Declared optionalParameter(String label, String descriptionKey) {
        return parameter(label, "0..1", String.class, descriptionKey);
    }

    private Declared parameter(String label, String arity, Class<?> type, String descriptionKey) {
        spec.addPositional(PositionalParamSpec.builder().index(Integer.toString(spec.positionalParameters().size()))
                .arity(arity).required(!arity.startsWith("0")).paramLabel(label).type(type)
                .descriptionKey(descriptionKey).build());
        return this;
    }

    /**
     * picocli's own separator between an option and its value, {@code =} only ({@code --help=true}), instead of the
     * space every command with values takes: what the commands without any ({@code repair}, {@code profiles},
     * {@code version}) were declared with.
     */
    Declared defaultSeparator() {
        spec.parser().separator("=");
        return this;
    }

    CommandSpec spec() {
        return spec;
    }

    /** The text given to option {@code name}, its default, or null. */
    static String text(CommandSpec spec, String name) {
        return value(declared(spec, name));
    }

    /** Whether flag {@code name} was given. */
    static boolean on(CommandSpec spec, String name) {
        return Boolean.TRUE.equals(declared(spec, name).getValue());
    }

    private static OptionSpec declared(CommandSpec spec, String name) {
        OptionSpec option = spec.findOption(name);
        if (option == null) {
            throw new IllegalArgumentException(spec.name() + " declares no option " + name);
        }
        return option;
    }

    /** The value given to positional parameter {@code index} (a text, or a path), or null. */
    static <T> T parameter(CommandSpec spec, int index) {
        return value(spec.positionalParameters().get(index));
    }

    private static <T> T value(ArgSpec arg) {
        return arg.getValue();
    }
}
