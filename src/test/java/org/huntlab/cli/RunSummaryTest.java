package org.huntlab.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.huntlab.landscape.Evaluation;
import org.huntlab.run.RunTrace;
import org.huntlab.run.Summary;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

    @Test
    void preyPredatorPairShowsItsLastDistanceAndSpeed() {
        Map<String, Long> calls = new LinkedHashMap<>();
        calls.put("prey", 100L);
        calls.put("wolf", 100L);
        Map<String, Summary.Milestones> milestones = new LinkedHashMap<>();
        milestones.put("prey", new Summary.Milestones(null, null));
        milestones.put("wolf", new Summary.Milestones(null, null));
        Map<String, Double> finalLoss = new LinkedHashMap<>();
        finalLoss.put("prey", 0.25);
        finalLoss.put("wolf", null);
        Summary summary = new Summary("pair", 1, "MAX_STEPS", "ran all 100 steps", 100, calls,
                200, 0.5, 0.99, 0.95, milestones, finalLoss);
        var sample = new RunTrace.AgentSample(100, 200, Evaluation.ofLoss(0.25));
        RunTrace trace = new RunTrace(true,
                List.of(new RunTrace.AgentSeries("prey", "prey", List.of(sample)),
                        new RunTrace.AgentSeries("wolf", "predator", List.of(sample))),
                List.of(new RunTrace.PairSeries("prey", "prey", "wolf", "predator",
                        List.of(new RunTrace.PairSample(100, 0.693147, 0.1, 0.1)))));

        String text = String.join("\n", new RunSummary(Path.of("runs/pair/x"), summary, trace,
                List.of(Path.of("runs/pair/x/pairs.png"))).lines());

        assertTrue(text.contains("gradient calls: 200 (prey 100, wolf 100)"), text);
        assertTrue(text.contains("distance 0.693147, speed 0.100000 and 0.100000"), text);
        assertTrue(text.contains("wolf not finite"), text);
        assertTrue(text.contains("charts:         pairs.png"), text);
    }

    @Test
    void learnedRunShowsMilestones() {
        Map<String, Summary.Milestones> milestones = Map.of("solo", new Summary.Milestones(
                new Summary.Milestone(600, 600), null));
        Summary summary = new Summary("grok", 1, "STOPPED", "stopped", 700,
                Map.of("solo", 700L), 700, 3.0, 0.99, 0.95, milestones, null);
        RunTrace trace = new RunTrace(false, List.of(), List.of());

        String text = String.join("\n", new RunSummary(Path.of("r"), summary, trace, List.of())
                .lines());

        assertTrue(text.contains("solo memorized at step 600 (600 gradient calls), "
                + "generalized never"), text);
    }
}
