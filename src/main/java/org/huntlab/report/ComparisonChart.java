package org.huntlab.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huntlab.run.RunTrace;
import org.knowm.xchart.XYChart;

/**
 * The watched agent's test accuracy against gradient calls for every run of every
 * configuration, one colour per configuration, on a logarithmic axis; when the landscape
 * has no accuracy, its loss.
 */
public final class ComparisonChart {

    /** The file name. */
    public static final String FILE = "comparison.png";

    private ComparisonChart() {
    }

    /**
     * Draws the runs into {@code directory}: per configuration label, the traces of its runs
     * and the agent to show in each.
     */
    public static Optional<Path> write(Map<String, List<RunTrace>> runs,
                                       Map<String, String> watched, Path directory) {
        boolean accuracy = runs.values().stream().flatMap(List::stream)
                .flatMap(t -> t.agents().stream()).flatMap(a -> a.samples().stream())
                .anyMatch(s -> Double.isFinite(s.evaluation().testAccuracy()));
        XYChart chart = ChartFile.lineChart(accuracy ? "test accuracy" : "loss",
                "gradient calls (all agents)", accuracy ? "test accuracy" : "loss");
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(!accuracy);
        boolean drawn = false;
        java.awt.Color[] palette = chart.getStyler().getSeriesColors();
        int configuration = 0;
        for (var entry : runs.entrySet()) {
            String label = entry.getKey();
            java.awt.Color colour = palette[configuration++ % palette.length];
            int i = 0;
            for (RunTrace trace : entry.getValue()) {
                String agent = watched.get(label);
                var series = trace.agents().stream().filter(a -> a.agent().equals(agent))
                        .findFirst();
                if (series.isEmpty()) {
                    continue;
                }
                var samples = series.get().samples();
                long[] calls = samples.stream().mapToLong(RunTrace.AgentSample::totalGradientCalls)
                        .toArray();
                String name = label + " #" + (++i);
                if (ChartFile.addLine(chart, name, calls,
                        k -> accuracy ? samples.get(k).evaluation().testAccuracy()
                                : samples.get(k).evaluation().trainLoss())) {
                    chart.getSeriesMap().get(name).setLineColor(colour);
                    drawn = true;
                }
            }
        }
        return drawn ? Optional.of(ChartFile.save(chart, directory.resolve(FILE)))
                : Optional.empty();
    }
}
