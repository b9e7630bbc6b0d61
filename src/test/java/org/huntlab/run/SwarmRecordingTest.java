package org.huntlab.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.huntlab.agent.Agent;
import org.huntlab.hunt.Hunt;
import org.huntlab.hunt.HuntListener;
import org.huntlab.hunt.Outcome;
import org.huntlab.hunt.Scheme;
import org.huntlab.spec.SpecLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** roles.csv and events.jsonl of a small swarm, checked against the agents' own reports. */
class SwarmRecordingTest {

    /** CSV cells print doubles with Java's shortest round-trip form: parsing gives them back. */
    private static final double CSV_TOLERANCE = 0.0;
    /** Our sums and the recorder's run in the same order; still allow for rounding. */
    private static final double MEAN_TOLERANCE = 1e-12;

    private static final String SPEC = """
            name: hot-swarm
            seed: 21
            landscape: {type: double-well, dimension: 2}
            agents:
              - {id: w, role: walker, count: 8, init: {position: [-1, 0]},
                 optimizer: {type: sgld, lr: 0.01, temperature: 1.0}}
              - {id: t, role: tracer, count: 3, init: {position: [1, 0]},
                 optimizer: {type: sgld, lr: 0.01, temperature: 0.2}}
            schedule: {maxSteps: 2000, evalEvery: 100}
            """;

    @TempDir
    static Path root;

    private static RunDirectory directory;
    private static final List<List<Agent.Stepped>> rows = new ArrayList<>();

    @BeforeAll
    static void runSwarm() {
        Scheme scheme = SpecLoader.parse("s.yaml", SPEC, List.of()).spec().toScheme();
        Settings settings = Settings.of(ConfigFactory.parseString(
                "huntlab.run.swarm-threshold = 4").withFallback(ConfigFactory.load()));
        directory = RunDirectory.create(root, scheme.name());
        try (RunRecorder recorder = RunRecorder.open(directory, scheme, "name: x\n",
                settings)) {
            HuntListener tee = new HuntListener() {
                @Override
                public void evaluated(long round, List<Agent.Stepped> reports) {
                    rows.add(reports);
                    recorder.evaluated(round, reports);
                }

                @Override
                public void progressed(long round) {
                    recorder.progressed(round);
                }

                @Override
                public void finished(Outcome outcome) {
                    recorder.finished(outcome);
                }
            };
            Outcome outcome = Hunt.run(scheme, tee, settings.config(), settings.cohortSize());
            assertTrue(outcome.ok(), outcome.message());
        }
    }

    @Test
    void rolesCsvReplacesPerAgentMetrics() {
        assertFalse(Files.exists(directory.file(RunDirectory.METRICS)));
        assertEquals(RoleTable.HEADER, HuntFixtures.header(directory.file(RunDirectory.ROLES)));
        assertEquals(20 * 2, HuntFixtures.rows(directory.file(RunDirectory.ROLES)).size(),
                "20 evaluations × 2 roles");
    }

    @Test
    void roleMeansEqualTheMeansOfTheAgentsReports() {
        List<String[]> table = HuntFixtures.rows(directory.file(RunDirectory.ROLES));
        for (int e = 0; e < rows.size(); e++) {
            List<Agent.Stepped> walkers = rows.get(e).subList(0, 8);
            String[] row = table.get(2 * e);
            assertEquals("walker", row[1]);
            assertEquals(8, Integer.parseInt(row[2]));
            double loss = 0;
            double x1 = 0;
            double min = Double.POSITIVE_INFINITY;
            double cx = 0;
            double cy = 0;
            for (Agent.Stepped s : walkers) {
                loss += s.loss();
                x1 += s.position()[0];
                min = Math.min(min, s.position()[0]);
                cx += s.position()[0] / 8;
                cy += s.position()[1] / 8;
            }
            double spread = 0;
            for (Agent.Stepped s : walkers) {
                spread += Math.hypot(s.position()[0] - cx, s.position()[1] - cy) / 8;
            }
            assertEquals(loss / 8, Double.parseDouble(row[4]), MEAN_TOLERANCE, "loss_mean");
            assertEquals(x1 / 8, Double.parseDouble(row[7]), MEAN_TOLERANCE, "x1_mean");
            assertEquals(min, Double.parseDouble(row[8]), CSV_TOLERANCE, "x1_min");
            assertEquals(spread, Double.parseDouble(row[10]), MEAN_TOLERANCE,
                    "centroid_distance_mean");
            assertEquals("tracer", table.get(2 * e + 1)[1]);
        }
    }

    @Test
    void eventsHoldTheBarrierCrossingOfAWalkerThatEndsInTheOtherWell() throws Exception {
        List<Agent.Stepped> last = rows.get(rows.size() - 1);
        String crosser = last.subList(0, 8).stream().filter(s -> s.position()[0] > 0)
                .map(Agent.Stepped::agent).findFirst()
                .orElseThrow(() -> new AssertionError("at θ = ΔE some walker must have crossed"
                        + " in 20 time units (Kramers: about 0.3 crossings per unit)"));
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(directory.file(RunDirectory.EVENTS))) {
            events.add(json.readTree(line));
        }
        JsonNode crossing = events.stream()
                .filter(n -> n.get("event").asText().equals("crossed")
                        && n.get("agent").asText().equals(crosser))
                .findFirst().orElseThrow(() -> new AssertionError("no crossing of " + crosser
                        + " in " + events));
        assertTrue(crossing.get("x1_before").asDouble() * crossing.get("x1").asDouble() < 0,
                "a crossing is a sign change of x1");
        assertTrue(crossing.get("step").asLong() % 100 == 0, "seen at an evaluation");
    }
}
