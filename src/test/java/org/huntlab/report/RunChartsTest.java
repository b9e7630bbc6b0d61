package org.huntlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.huntlab.landscape.Evaluation;
import org.huntlab.run.RunTrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChartsTest {

    private static final int STEPS = 20;

    @Test
    void learnedRunGetsAnAccuracyChart(@TempDir Path dir) throws Exception {
        List<RunTrace.AgentSample> samples = new ArrayList<>();
        for (int k = 1; k <= STEPS; k++) {
            double acc = (double) k / STEPS;
            samples.add(new RunTrace.AgentSample(100L * k, 100L * k,
                    new Evaluation(1 - acc, acc, 1.5 - acc, acc * acc)));
        }
        RunTrace trace = new RunTrace(false,
                List.of(new RunTrace.AgentSeries("solo", "walker", samples)), List.of());

        List<Path> files = RunCharts.write(trace, dir);

        assertEquals(List.of(dir.resolve(AccuracyChart.FILE)), files);
        assertIsPng(files.get(0));
    }

    @Test
    void analyticPairGetsLossAndDistanceCharts(@TempDir Path dir) throws Exception {
        List<RunTrace.AgentSample> prey = new ArrayList<>();
        List<RunTrace.AgentSample> wolf = new ArrayList<>();
        List<RunTrace.PairSample> pair = new ArrayList<>();
        for (int k = 1; k <= STEPS; k++) {
            prey.add(new RunTrace.AgentSample(k, 2L * k, Evaluation.ofLoss(1.0 / k)));
            wolf.add(new RunTrace.AgentSample(k, 2L * k, Evaluation.ofLoss(2.0 / k)));
            pair.add(new RunTrace.PairSample(k, Math.log(2) + 1.0 / k, 0.1, 0.1));
        }
        RunTrace trace = new RunTrace(true,
                List.of(new RunTrace.AgentSeries("prey", "prey", prey),
                        new RunTrace.AgentSeries("wolf", "predator", wolf)),
                List.of(new RunTrace.PairSeries("prey", "prey", "wolf", "predator", pair)));

        List<Path> files = RunCharts.write(trace, dir);

        assertEquals(List.of(dir.resolve(LossChart.FILE), dir.resolve(PairChart.FILE)), files);
        for (Path file : files) {
            assertIsPng(file);
        }
    }

    @Test
    void runWithoutPointsGetsNoChart(@TempDir Path dir) throws Exception {
        RunTrace trace = new RunTrace(false,
                List.of(new RunTrace.AgentSeries("solo", "walker", List.of())), List.of());
        assertTrue(RunCharts.write(trace, dir).isEmpty());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    private static void assertIsPng(Path file) throws Exception {
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, file + " is a readable image");
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
    }
}
