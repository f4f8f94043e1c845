package jp.nintei.cli;

import picocli.CommandLine.Option;

/** {@code -h} / {@code --help} on every command: its usage. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "cli.opt.help")
    boolean help;
}
