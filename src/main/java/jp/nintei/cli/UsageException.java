package jp.nintei.cli;

/** The command line is wrong: exit code 2, with the usage text. */
class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
