package org.huntlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import org.huntlab.hunt.Hunt;
import org.huntlab.hunt.HuntListener;
import org.huntlab.hunt.Outcome;
import org.huntlab.hunt.Scheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunRecorderTest {

    /** Both sides compute the same sum of squares in double; only rounding can differ. */
    private static final double DISTANCE_TOLERANCE = 1e-12;

    @TempDir
    static Path root;

    private static Scheme pair;
    private static RunRecorder recorder;
    private static Outcome outcome;

    @BeforeAll
    static void runHuntingPair() {
        pair = HuntFixtures.huntingPair();
        Settings settings = Settings.of(ConfigFactory.load());
        RunDirectory directory = RunDirectory.create(root, pair.name());
        recorder = RunRecorder.open(directory, pair, "name: pair\n", settings);
        outcome = Hunt.run(pair, recorder, settings.config());
    }

    @Test
    void runsEveryStep() {
        assertEquals(Outcome.Ending.MAX_STEPS, outcome.ending(), outcome.message());
        assertEquals(HuntFixtures.PAIR_STEPS, outcome.rounds());
    }

    @Test
    void writesTheResolvedSpec() throws Exception {
        assertEquals("name: pair\n", Files.readString(file(RunDirectory.SPEC)));
    }

    @Test
    void metricsHaveOneRowPerAgentPerEvaluation() {
        List<String[]> rows = HuntFixtures.rows(file(RunDirectory.METRICS));
        long evaluations = HuntFixtures.PAIR_STEPS / HuntFixtures.PAIR_EVAL_EVERY;
        assertEquals(evaluations * 2, rows.size());
        assertEquals(List.of("step", "agent", "role", "gradient_calls", "total_gradient_calls",
                "wall_seconds", "loss", "train_loss", "train_accuracy", "test_loss",
                "test_accuracy", "staleness"), HuntFixtures.header(file(RunDirectory.METRICS)));
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            long step = (i / 2 + 1) * HuntFixtures.PAIR_EVAL_EVERY;
            assertEquals(step, Long.parseLong(row[0]));
            assertEquals(i % 2 == 0 ? "prey" : "wolf", row[1]);
            assertEquals(i % 2 == 0 ? "prey" : "predator", row[2]);
            assertEquals(step, Long.parseLong(row[3]), "one gradient call per agent per step");
            assertEquals(2 * step, Long.parseLong(row[4]));
            assertTrue(Double.isFinite(Double.parseDouble(row[7])));
            assertEquals("", row[8], "an analytic landscape has no accuracy: empty cell");
            assertEquals("", row[10]);
        }
    }

    @Test
    void pairDistanceIsTheDistanceOfTheTrajectoryPositions() {
        Map<String, double[]> positions = new HashMap<>();
        for (String[] row : HuntFixtures.rows(file(RunDirectory.TRAJECTORIES))) {
            double[] x = new double[row.length - 2];
            for (int i = 0; i < x.length; i++) {
                x[i] = Double.parseDouble(row[i + 2]);
            }
            positions.put(row[0] + "/" + row[1], x);
        }
        List<String[]> pairs = HuntFixtures.rows(file(RunDirectory.PAIRS));
        assertEquals(HuntFixtures.PAIR_STEPS / HuntFixtures.PAIR_EVAL_EVERY, pairs.size());
        for (String[] row : pairs) {
            assertEquals("prey", row[1]);
            assertEquals("wolf", row[2]);
            double[] a = positions.get(row[0] + "/prey");
            double[] b = positions.get(row[0] + "/wolf");
            assertEquals(distance(a, b), Double.parseDouble(row[3]), DISTANCE_TOLERANCE);
            long step = Long.parseLong(row[0]);
            if (step > HuntFixtures.PAIR_EVAL_EVERY) {
                double[] before = positions.get((step - HuntFixtures.PAIR_EVAL_EVERY) + "/prey");
                assertEquals(distance(a, before) / HuntFixtures.PAIR_EVAL_EVERY,
                        Double.parseDouble(row[4]), DISTANCE_TOLERANCE);
            }
        }
    }

    @Test
    void summaryCountsEveryGradientCall() throws Exception {
        JsonNode json = new ObjectMapper().readTree(file(RunDirectory.SUMMARY).toFile());
        assertEquals("pair", json.get("run").asText());
        assertEquals(7, json.get("seed").asLong());
        assertEquals("MAX_STEPS", json.get("ending").asText());
        assertEquals(HuntFixtures.PAIR_STEPS, json.get("steps").asLong());
        assertEquals(HuntFixtures.PAIR_STEPS * 2, json.get("totalGradientCalls").asLong());
        assertEquals(HuntFixtures.PAIR_STEPS, json.get("gradientCalls").get("wolf").asLong());
        assertTrue(json.get("milestones").get("prey").get("memorized").isNull(),
                "a ravine has no accuracy, so nobody memorizes");

        Summary summary = Summary.read(file(RunDirectory.SUMMARY));
        List<String[]> rows = HuntFixtures.rows(file(RunDirectory.METRICS));
        String[] lastPrey = rows.get(rows.size() - 2);
        assertEquals(Double.parseDouble(lastPrey[7]), summary.finalLoss().get("prey"));
        assertNull(summary.milestones().get("wolf").generalized());
    }

    @Test
    void traceHoldsThePreyPredatorPair() {
        RunTrace trace = recorder.trace();
        assertTrue(trace.analytic());
        assertEquals(1, trace.pairs().size());
        assertTrue(trace.pairs().get(0).isPreyPredator());
        assertEquals(HuntFixtures.PAIR_STEPS / HuntFixtures.PAIR_EVAL_EVERY,
                trace.agents().get(1).samples().size());
    }

    @Test
    void divergingRunKeepsEarlierRowsAndAValidSummary(@TempDir Path out) throws Exception {
        Scheme blowup = HuntFixtures.divergingWalker();
        Settings settings = Settings.of(ConfigFactory.load());
        RunDirectory directory = RunDirectory.create(out, blowup.name());
        RunRecorder diverging = RunRecorder.open(directory, blowup, "name: blowup\n", settings);
        Outcome result = Hunt.run(blowup, diverging, settings.config());

        assertEquals(Outcome.Ending.DIVERGED, result.ending(), result.message());
        assertEquals(52, result.rounds(), "the loss overflows at the start of round 53");
        List<String[]> rows = HuntFixtures.rows(directory.file(RunDirectory.METRICS));
        assertEquals(5, rows.size(), "evaluations at 10, 20, 30, 40 and 50");
        assertEquals("50", rows.get(4)[0]);
        Summary summary = Summary.read(directory.file(RunDirectory.SUMMARY));
        assertEquals("DIVERGED", summary.ending());
        assertEquals(52, summary.steps());
        assertNotNull(summary.finalLoss().get("walker"), "the loss at step 50 is 1e300");
        assertEquals(5, HuntFixtures.rows(directory.file(RunDirectory.TRAJECTORIES)).size());
        try (var files = Files.list(directory.path())) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")),
                    "no temporary file is left behind");
        }
    }

    @Test
    void anInterruptedRunClosesItsFilesWholeAndSaysSo(@TempDir Path out) throws Exception {
        Scheme blowup = HuntFixtures.divergingWalker();
        Settings settings = Settings.of(ConfigFactory.load());
        RunDirectory directory = RunDirectory.create(out, blowup.name());
        RunRecorder stopped = RunRecorder.open(directory, blowup, "name: blowup\n", settings);
        // one evaluation, then the process is stopped before the run ends
        Hunt.run(blowup.withMaxSteps(20), new HuntListener() {
            @Override
            public void evaluated(long round, List<org.huntlab.agent.Agent.Stepped> reports) {
                stopped.evaluated(round, reports);
            }
        }, settings.config());
        assertTrue(stopped.interrupted());
        assertFalse(stopped.interrupted(), "a second stop finds the files closed");
        Summary summary = Summary.read(directory.file(RunDirectory.SUMMARY));
        assertEquals(RunRecorder.INTERRUPTED, summary.ending());
        assertEquals(20, summary.steps());
        assertTrue(summary.message().contains("partial results in " + directory.path()),
                summary.message());
        assertEquals(2, HuntFixtures.rows(directory.file(RunDirectory.METRICS)).size());
        stopped.finished(new Outcome(20, Outcome.Ending.MAX_STEPS, "late", java.util.Map.of(),
                0));
        assertEquals(RunRecorder.INTERRUPTED,
                Summary.read(directory.file(RunDirectory.SUMMARY)).ending(),
                "a late finish does not overwrite the interrupted summary");
    }

    private static Path file(String name) {
        return recorder.directory().file(name);
    }

    private static double distance(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(s);
    }
}
