package org.huntlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.huntlab.run.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code huntlab compare A.yaml B.yaml --seeds N}: runs both specs for the same N seeds and
 * prints the median (min–max) steps and gradient calls to memorize and to generalize, and the
 * ratio of the medians of calls to generalize, A over B.
 *
 * <p>Gradient calls count every agent: a pair costs two per round. Runs that never
 * generalize count as never (+∞), so a median is finite only when most runs got there.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Run specs for several seeds and compare steps and gradient calls to "
                + "memorize and to generalize.")
public final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private HuntlabCommand parent;

    @CommandLine.Spec
    private CommandSpec command;

    @Parameters(paramLabel = "SPEC", arity = "2..*",
            description = "Two or more specs; the first is the baseline.")
    private List<Path> specs = new ArrayList<>();

    @CommandLine.Mixin
    private ReplicationOptions options = new ReplicationOptions();

    /** Runs the comparison; 0 when every run finished, 2 for bad input, 1 otherwise. */
    @Override
    public Integer call() {
        return ErrorReporting.run(command.commandLine(), parent, (stdout, stderr) -> {
            options.check(command);
            Settings settings = Settings.load();
            ReplicatedRuns runs = new ReplicatedRuns();
            List<String> labels = new ArrayList<>();
            for (Path spec : specs) {
                ReplicatedRuns.warnings(spec, options.sets)
                        .forEach(w -> stderr.println("warning: " + spec + ": " + w));
                String label = spec.getFileName().toString();
                String unique = label;
                for (int k = 2; labels.contains(unique); k++) {
                    unique = label + "#" + k;
                }
                labels.add(unique);
                runs.add(unique, spec, options.sets, options.seeds, List.of());
            }
            Path root = options.out != null ? options.out : settings.outputDir();
            var result = runs.run(root, "compare", settings, options.jobs, stderr, List.of());
            result.table().lines().forEach(stdout::println);
            for (int i = 1; i < labels.size(); i++) {
                stdout.println(String.format(Locale.ROOT, "median gradient calls to generalize,"
                        + " %s / %s: %s", labels.get(0), labels.get(i),
                        ratio(result.table().speedup(labels.get(0), labels.get(i)))));
            }
            stdout.println("written: " + result.directory().resolve("table.txt") + ", "
                    + result.directory().resolve("replicates.csv")
                    + (result.chart() == null ? "" : ", " + result.chart()));
            return CommandLine.ExitCode.OK;
        });
    }

    static String ratio(double r) {
        if (Double.isNaN(r)) {
            return "undefined (neither generalized in most runs)";
        }
        if (Double.isInfinite(r)) {
            return "∞ (the first did not generalize in most runs)";
        }
        if (r == 0) {
            return "0 (the second did not generalize in most runs)";
        }
        return String.format(Locale.ROOT, "%.2f×", r);
    }

}
