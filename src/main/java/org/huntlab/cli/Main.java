package org.huntlab.cli;

import picocli.CommandLine;

/** The program's entry point: runs the {@code huntlab} command line and exits with its code. */
public final class Main {

    private Main() {
    }

    /** Parses {@code args}, runs the chosen subcommand and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(HuntlabCommand.commandLine().execute(args));
    }
}
