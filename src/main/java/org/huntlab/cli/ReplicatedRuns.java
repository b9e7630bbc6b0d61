package org.huntlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.huntlab.report.ComparisonChart;
import org.huntlab.report.ComparisonTable;
import org.huntlab.report.Replicate;
import org.huntlab.run.RunDirectory;
import org.huntlab.run.RunQueue;
import org.huntlab.run.RunResult;
import org.huntlab.run.RunTrace;
import org.huntlab.run.Settings;
import org.huntlab.spec.LoadedSpec;
import org.huntlab.spec.SpecLoader;

/**
 * Runs configurations for several seeds each and gathers the results, for {@code compare}
 * and {@code sweep}: queue, run side by side, reduce to replicates, write the table, CSV and
 * chart into one experiment directory.
 */
final class ReplicatedRuns {

    private final List<RunQueue.Job> jobs = new ArrayList<>();
    private final Map<String, String> watched = new LinkedHashMap<>();
    private final Map<String, List<String>> extras = new LinkedHashMap<>();

    /**
     * Queues {@code spec} with {@code overrides} for {@code seeds} seeds, spec seed + 0, 1, …
     * (the same seeds for every configuration, so runs pair up), under {@code label}.
     */
    void add(String label, Path spec, List<String> overrides, int seeds, List<String> extra) {
        LoadedSpec base = SpecLoader.load(spec, overrides);
        long first = base.spec().seed();
        for (int i = 0; i < seeds; i++) {
            List<String> all = new ArrayList<>(overrides);
            all.add("seed=" + (first + i));
            LoadedSpec loaded = SpecLoader.load(spec, all);
            var scheme = loaded.spec().toScheme();
            jobs.add(new RunQueue.Job(label, scheme, loaded.resolvedYaml()));
            watched.putIfAbsent(label, RunResult.watchedAgent(scheme));
        }
        extras.put(label, List.copyOf(extra));
    }

    /** The warnings of a spec, printed once before the runs. */
    static List<String> warnings(Path spec, List<String> overrides) {
        return SpecLoader.load(spec, overrides).warnings();
    }

    /** The number of queued runs. */
    int size() {
        return jobs.size();
    }

    /**
     * Runs everything under a new directory {@code root/name/TIMESTAMP}, reporting each finished
     * run on {@code progress}; returns the table and where it was written.
     */
    Outcome run(Path root, String name, Settings settings, Integer parallelism,
                PrintWriter progress, List<String> extraHeader) {
        int width = parallelism != null ? parallelism : RunQueue.defaultParallelism(jobs);
        RunDirectory directory = RunDirectory.create(root, name);
        Path runs = directory.path().resolve("runs");
        progress.printf(Locale.ROOT, "%d runs, %d at a time, into %s%n", jobs.size(), width,
                directory.path());
        progress.flush();
        List<RunResult> results = RunQueue.run(jobs, runs, settings, width, done -> {
            Replicate r = Replicate.of(done.job().label(), done.result(),
                    watched.get(done.job().label()));
            progress.printf(Locale.ROOT, "[%d/%d] %s seed %d: %s, generalized %s, %.0f s%n",
                    done.index() + 1, jobs.size(), r.label(), r.seed(), r.ending(),
                    r.generalizedStep() == null ? "never"
                            : "at step " + r.generalizedStep() + " (" + r.generalizedCalls()
                            + " calls)", r.wallSeconds());
            progress.flush();
        });
        List<Replicate> replicates = new ArrayList<>();
        Map<String, List<RunTrace>> traces = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            String label = jobs.get(i).label();
            replicates.add(Replicate.of(label, results.get(i), watched.get(label)));
            traces.computeIfAbsent(label, k -> new ArrayList<>()).add(results.get(i).trace());
        }
        ComparisonTable table = new ComparisonTable(replicates);
        write(directory.path().resolve("table.txt"), table.lines());
        write(directory.path().resolve("replicates.csv"),
                table.csv(extraHeader, r -> extras.get(r.label())));
        var chart = ComparisonChart.write(traces, watched, directory.path());
        return new Outcome(table, directory.path(), chart.orElse(null));
    }

    /**
     * The result of the runs.
     *
     * @param chart the comparison PNG, or null when nothing could be drawn
     */
    record Outcome(ComparisonTable table, Path directory, Path chart) {
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
