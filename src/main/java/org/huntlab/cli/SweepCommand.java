package org.huntlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.huntlab.report.ComparisonTable;
import org.huntlab.report.Replicate;
import org.huntlab.run.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code huntlab sweep SPEC --grid path=v1,v2 [--grid …] --seeds N}: runs every combination of
 * the grid values for N seeds, writes one CSV row per run and prints the table and the best
 * combination.
 *
 * <p>Best means the fewest median gradient calls to generalize; on a landscape without an
 * accuracy (analytic), the lowest median final loss of the watched agent.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run a grid of spec values for several seeds; print the table and the "
                + "best settings.")
public final class SweepCommand implements Callable<Integer> {

    @ParentCommand
    private HuntlabCommand parent;

    @CommandLine.Spec
    private CommandSpec command;

    @Parameters(paramLabel = "SPEC", description = "The spec to vary.")
    private Path spec;

    @Option(names = "--grid", paramLabel = "PATH=V1,V2,...", required = true,
            description = "A field and its values; lists go in brackets, e.g. "
                    + "landscape.model.hidden=[64],[128].")
    private List<String> grids = new ArrayList<>();

    @CommandLine.Mixin
    private ReplicationOptions options = new ReplicationOptions();

    /** Runs the sweep; 0 on success, 2 for bad input, 1 when runs could not be made. */
    @Override
    public Integer call() {
        return ErrorReporting.run(command.commandLine(), parent, (stdout, stderr) -> {
            options.check(command);
            List<Grid> axes = new ArrayList<>();
            for (String g : grids) {
                axes.add(Grid.parse(g, command));
            }
            Settings settings = Settings.load();
            ReplicatedRuns runs = new ReplicatedRuns();
            ReplicatedRuns.warnings(spec, options.sets)
                    .forEach(w -> stderr.println("warning: " + w));
            for (List<String> combination : Grid.combinations(axes)) {
                List<String> overrides = new ArrayList<>(options.sets);
                overrides.addAll(combination);
                runs.add(String.join(" ", combination), spec, overrides, options.seeds,
                        combination.stream().map(c -> c.substring(c.indexOf('=') + 1))
                                .toList());
            }
            List<String> header = axes.stream().map(Grid::path).toList();
            Path root = options.out != null ? options.out : settings.outputDir();
            var result = runs.run(root, "sweep", settings, options.jobs, stderr, header);
            result.table().lines().forEach(stdout::println);
            stdout.println("best: " + best(result.table()));
            stdout.println("written: " + result.directory().resolve("table.txt") + ", "
                    + result.directory().resolve("replicates.csv")
                    + (result.chart() == null ? "" : ", " + result.chart()));
            return CommandLine.ExitCode.OK;
        });
    }

    /** The best combination and the figure it is best by. */
    static String best(ComparisonTable table) {
        boolean accuracy = table.labels().stream().flatMap(l -> table.replicates(l).stream())
                .anyMatch(r -> r.memorizedStep() != null);
        if (accuracy) {
            String label = table.labels().stream()
                    .min(Comparator.comparingDouble(table::medianCallsToGeneralize)).orElseThrow();
            double calls = table.medianCallsToGeneralize(label);
            if (Double.isInfinite(calls)) {
                return "none: no combination generalized in most of its runs";
            }
            return label + String.format(Locale.ROOT, " (median gradient calls to generalize: "
                    + "%.0f)", calls);
        }
        String label = table.labels().stream()
                .min(Comparator.comparingDouble(l -> medianLoss(table, l))).orElseThrow();
        return label + String.format(Locale.ROOT, " (median final loss %.6g)",
                medianLoss(table, label));
    }

    private static double medianLoss(ComparisonTable table, String label) {
        double[] v = table.replicates(label).stream().mapToDouble(Replicate::finalLoss)
                .map(d -> Double.isNaN(d) ? Double.POSITIVE_INFINITY : d).sorted().toArray();
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
    }

    /**
     * One axis of the grid: a field path and its values.
     *
     * @param path the spec field, e.g. interaction.step
     * @param values the values, as written (a list value keeps its brackets)
     */
    record Grid(String path, List<String> values) {

        /** Parses {@code path=v1,v2,...}, splitting on commas outside brackets. */
        static Grid parse(String text, CommandSpec command) {
            int eq = text.indexOf('=');
            if (eq <= 0 || eq == text.length() - 1) {
                throw new CommandLine.ParameterException(command.commandLine(),
                        "--grid takes PATH=V1,V2,..., got '" + text + "'");
            }
            List<String> values = new ArrayList<>();
            int depth = 0;
            StringBuilder cell = new StringBuilder();
            for (char c : text.substring(eq + 1).toCharArray()) {
                if (c == '[' || c == '{') {
                    depth++;
                } else if (c == ']' || c == '}') {
                    depth--;
                }
                if (c == ',' && depth == 0) {
                    values.add(cell.toString().trim());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            values.add(cell.toString().trim());
            if (depth != 0 || values.stream().anyMatch(String::isEmpty)) {
                throw new CommandLine.ParameterException(command.commandLine(),
                        "--grid " + text + ": empty value or unbalanced brackets");
            }
            return new Grid(text.substring(0, eq).trim(), List.copyOf(values));
        }

        /** Every combination of one value per axis, as overrides, first axis slowest. */
        static List<List<String>> combinations(List<Grid> axes) {
            List<List<String>> out = new ArrayList<>();
            out.add(List.of());
            for (Grid axis : axes) {
                List<List<String>> next = new ArrayList<>();
                for (List<String> prefix : out) {
                    for (String v : axis.values()) {
                        List<String> c = new ArrayList<>(prefix);
                        c.add(axis.path() + "=" + v);
                        next.add(c);
                    }
                }
                out = next;
            }
            return out;
        }
    }
}
