package org.huntlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huntlab.landscape.Landscape;
import org.huntlab.run.RunDirectory;
import org.huntlab.run.RunTrace;

/**
 * The charts that suit a run: accuracy for a learned landscape; loss and, when agents are
 * coupled, pair distance for an analytic one.
 */
public final class RunCharts {

    private RunCharts() {
    }

    /** Writes the charts for {@code trace} into {@code directory} and returns their files. */
    public static List<Path> write(RunTrace trace, Path directory) {
        List<Path> files = new ArrayList<>();
        if (trace.analytic()) {
            LossChart.write(trace, directory).ifPresent(files::add);
            PairChart.write(trace, directory).ifPresent(files::add);
        } else {
            AccuracyChart.write(trace, directory).ifPresent(files::add);
        }
        return List.copyOf(files);
    }

    /**
     * Writes the charts of {@link #write(RunTrace, Path)} and, for a 2-D landscape with a
     * trajectories.csv, {@link LandscapeImage} with the paths of at most {@code maxPaths}
     * agents.
     */
    public static List<Path> write(RunTrace trace, Path directory, Landscape landscape,
                                   int maxPaths) {
        List<Path> files = new ArrayList<>(write(trace, directory));
        Map<String, String> roles = new HashMap<>();
        trace.agents().forEach(a -> roles.put(a.agent(), a.role()));
        LandscapeImage.write(landscape, directory.resolve(RunDirectory.TRAJECTORIES), roles,
                maxPaths, directory).ifPresent(files::add);
        return List.copyOf(files);
    }
}
