package org.huntlab.report;

import java.nio.file.Path;
import java.util.Optional;
import org.huntlab.run.RunTrace;
import org.knowm.xchart.XYChart;

/**
 * Train and test accuracy of every agent against the step, on a logarithmic step axis, as
 * {@value #FILE}: the picture of memorization followed, much later, by generalization.
 */
public final class AccuracyChart {

    /** The file name in the run directory. */
    public static final String FILE = "accuracy.png";

    private AccuracyChart() {
    }

    /** Draws {@code trace} into {@code directory}; empty when no agent has an accuracy. */
    public static Optional<Path> write(RunTrace trace, Path directory) {
        XYChart chart = ChartFile.lineChart("accuracy", "step", "accuracy");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        boolean drawn = false;
        for (RunTrace.AgentSeries agent : trace.agents()) {
            var samples = agent.samples();
            long[] steps = samples.stream().mapToLong(RunTrace.AgentSample::step).toArray();
            drawn |= ChartFile.addLine(chart, agent.agent() + " train", steps,
                    i -> samples.get(i).evaluation().trainAccuracy());
            drawn |= ChartFile.addLine(chart, agent.agent() + " test", steps,
                    i -> samples.get(i).evaluation().testAccuracy());
        }
        return drawn ? Optional.of(ChartFile.save(chart, directory.resolve(FILE)))
                : Optional.empty();
    }
}
