package org.huntlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.huntlab.learn.StepBenchmark;
import org.huntlab.learn.StepCost;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code huntlab bench}: measures the hot path on this machine and prints a table of times
 * and their ratio to what the hardware allows, all from one run.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure the full-batch gradient step of the grokking model against "
                + "this machine's sgemm rate.")
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandSpec command;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed steps first "
            + "(default: ${DEFAULT-VALUE}).")
    private int warmup = StepBenchmark.DEFAULT_WARMUP;

    @Option(names = "--repetitions", paramLabel = "N", description = "Timed steps "
            + "(default: ${DEFAULT-VALUE}).")
    private int repetitions = StepBenchmark.DEFAULT_REPETITIONS;

    /** Runs the benchmark and prints its table. */
    @Override
    public Integer call() {
        if (warmup < 0 || repetitions < 1) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--warmup must be ≥ 0 and --repetitions ≥ 1");
        }
        PrintWriter out = command.commandLine().getOut();
        StepCost cost = StepBenchmark.run(warmup, repetitions);
        out.println(cost.format());
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
