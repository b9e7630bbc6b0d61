package org.huntlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
