package org.huntlab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options {@code compare} and {@code sweep} share: seeds, parallel runs, overrides. */
final class ReplicationOptions {

    /** Seeds per configuration unless --seeds says otherwise. */
    static final int DEFAULT_SEEDS = 3;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds per configuration: the "
            + "spec's seed and the next N − 1 (default: ${DEFAULT-VALUE}).")
    int seeds = DEFAULT_SEEDS;

    @Option(names = "--jobs", paramLabel = "N", description = "Runs at once (default: one per "
            + "core, or one when a network is trained).")
    Integer jobs;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a field in every run.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Write under DIR "
            + "(default: the configured output directory).")
    Path out;

    /** Rejects seeds or jobs below one. */
    void check(CommandSpec command) {
        if (seeds < 1) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--seeds must be ≥ 1, got " + seeds);
        }
        if (jobs != null && jobs < 1) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--jobs must be ≥ 1, got " + jobs);
        }
    }
}
