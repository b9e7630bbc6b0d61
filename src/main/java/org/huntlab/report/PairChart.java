package org.huntlab.report;

import java.nio.file.Path;
import java.util.Optional;
import org.huntlab.run.RunTrace;
import org.knowm.xchart.XYChart;

/**
 * The distance |x_a − x_b| of every coupled pair against the step, as {@value #FILE}: a
 * hunting pair settles at its equilibrium distance r*.
 */
public final class PairChart {

    /** The file name in the run directory. */
    public static final String FILE = "pairs.png";

    private PairChart() {
    }

    /** Draws {@code trace} into {@code directory}; empty when the run has no pair. */
    public static Optional<Path> write(RunTrace trace, Path directory) {
        XYChart chart = ChartFile.lineChart("pair distance", "step", "distance");
        boolean drawn = false;
        for (RunTrace.PairSeries pair : trace.pairs()) {
            var samples = pair.samples();
            long[] steps = samples.stream().mapToLong(RunTrace.PairSample::step).toArray();
            drawn |= ChartFile.addLine(chart, pair.a() + " – " + pair.b(), steps,
                    i -> samples.get(i).distance());
        }
        return drawn ? Optional.of(ChartFile.save(chart, directory.resolve(FILE)))
                : Optional.empty();
    }
}
