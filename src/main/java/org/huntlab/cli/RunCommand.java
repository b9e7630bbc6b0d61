package org.huntlab.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import com.typesafe.config.ConfigException;
import org.huntlab.hunt.Hunt;
import org.huntlab.hunt.Outcome;
import org.huntlab.hunt.PairTheory;
import org.huntlab.hunt.Scheme;
import org.huntlab.report.RunCharts;
import org.huntlab.run.RunResult;
import org.huntlab.run.RunTrace;
import org.huntlab.run.Settings;
import org.huntlab.run.Summary;
import org.huntlab.spec.LoadedSpec;
import org.huntlab.spec.SimulationSpec;
import org.huntlab.spec.SpecException;
import org.huntlab.spec.SpecLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code huntlab run SPEC}: loads a spec, runs it into a new run directory, draws its charts
 * and prints a short summary.
 *
 * <p>{@code --seed N} and {@code --out DIR} are the overrides {@code seed=N} and
 * {@code output.dir=DIR}, applied after every {@code --set}. The run directory goes under the
 * spec's {@code output.dir}, or under {@code huntlab.run.output-dir} when the spec leaves it
 * empty.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a simulation spec and write its run directory.")
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @ParentCommand
    private HuntlabCommand parent;

    @CommandLine.Spec
    private CommandSpec command;

    @Parameters(paramLabel = "SPEC", description = "The simulation spec (YAML).")
    private Path specFile;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one spec field, e.g. --set agents[0].optimizer.lr=0.01.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Override the run seed.")
    private Long seed;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the run directory under DIR.")
    private String out;

    /** Runs the spec; returns 0 on success, 1 when the run failed, 2 for a bad spec. */
    @Override
    public Integer call() {
        PrintWriter stdout = command.commandLine().getOut();
        PrintWriter stderr = command.commandLine().getErr();
        try {
            LoadedSpec loaded = SpecLoader.load(specFile, overrides());
            loaded.warnings().forEach(warning -> stderr.println("warning: " + warning));
            Settings settings = Settings.load();
            return run(loaded, settings, stdout, stderr);
        } catch (SpecException | ConfigException e) {
            report(stderr, e);
            return CommandLine.ExitCode.USAGE;
        } catch (UncheckedIOException e) {
            report(stderr, e);
            return CommandLine.ExitCode.SOFTWARE;
        } finally {
            stdout.flush();
            stderr.flush();
        }
    }

    /** The overrides in the order they apply: every --set, then --seed, then --out. */
    List<String> overrides() {
        List<String> all = new ArrayList<>(sets);
        if (seed != null) {
            all.add("seed=" + seed);
        }
        if (out != null) {
            all.add("output.dir=" + out);
        }
        return all;
    }

    private int run(LoadedSpec loaded, Settings settings, PrintWriter stdout,
                    PrintWriter stderr) {
        SimulationSpec spec = loaded.spec();
        String dir = spec.output() == null ? null : spec.output().dir();
        Path root = dir == null || dir.isBlank() ? settings.outputDir() : Path.of(dir);
        return run(spec.toScheme(), loaded.resolvedYaml(), root, settings, stdout, stderr);
    }

    /**
     * Runs {@code scheme} into a new run directory under {@code root}, draws its charts and
     * prints its summary; returns the exit code.
     */
    int run(Scheme scheme, String resolvedYaml, Path root, Settings settings,
            PrintWriter stdout, PrintWriter stderr) {
        RunResult result = RunResult.execute(scheme, resolvedYaml, root, settings);
        Outcome outcome = result.outcome();
        RunTrace trace = result.trace();
        Summary summary = result.summary();
        Path directory = result.directory();
        List<Path> charts = List.of();
        try {
            charts = RunCharts.write(trace, directory, scheme.landscape(),
                    settings.landscapePaths());
        } catch (RuntimeException e) {
            LOG.warn("run {}: no charts: {}", scheme.name(), e.getMessage());
        }
        new RunSummary(directory, summary, trace, charts, PairTheory.of(scheme))
                .print(stdout);
        if (!outcome.ok()) {
            stderr.println("error: " + outcome.message());
            return CommandLine.ExitCode.SOFTWARE;
        }
        return CommandLine.ExitCode.OK;
    }

    private void report(PrintWriter stderr, RuntimeException e) {
        stderr.println("error: " + e.getMessage());
        if (parent != null && parent.verbose()) {
            e.printStackTrace(stderr);
        }
    }
}
