package org.huntlab.report;

import java.nio.file.Path;
import java.util.Optional;
import org.huntlab.run.RunTrace;
import org.knowm.xchart.XYChart;

/**
 * The loss f(x) of each agent (the first {@value #MAX_LINES} in scheme order; roles.csv has
 * the aggregates of a swarm) against the step, as {@value #FILE}; the loss axis is
 * logarithmic when every loss is positive and linear otherwise (a sloped ravine goes below 0).
 */
public final class LossChart {

    /** The file name in the run directory. */
    public static final String FILE = "loss.png";

    /** The loss of at most this many agents is drawn (the first in scheme order). */
    static final int MAX_LINES = 20;

    private LossChart() {
    }

    /** Draws {@code trace} into {@code directory}; empty when there is no finite loss. */
    public static Optional<Path> write(RunTrace trace, Path directory) {
        XYChart chart = ChartFile.lineChart("loss", "step", "loss");
        boolean positive = trace.agents().stream().flatMap(a -> a.samples().stream())
                .mapToDouble(s -> s.evaluation().trainLoss())
                .filter(Double::isFinite).allMatch(v -> v > 0);
        chart.getStyler().setYAxisLogarithmic(positive);
        boolean drawn = false;
        for (RunTrace.AgentSeries agent : trace.agents().subList(0,
                Math.min(MAX_LINES, trace.agents().size()))) {
            var samples = agent.samples();
            long[] steps = samples.stream().mapToLong(RunTrace.AgentSample::step).toArray();
            drawn |= ChartFile.addLine(chart, agent.agent(), steps,
                    i -> samples.get(i).evaluation().trainLoss());
        }
        return drawn ? Optional.of(ChartFile.save(chart, directory.resolve(FILE)))
                : Optional.empty();
    }
}
