package org.huntlab.hunt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.List;
import org.huntlab.agent.Agent;
import org.huntlab.spec.SpecLoader;
import org.junit.jupiter.api.Test;

/** Lockstep results depend on the spec and the seed only, not on thread scheduling. */
class LockstepReproducibilityTest {

    private static final String SPEC = """
            name: noisy-hunt
            landscape: {type: double-well, dimension: 3}
            agents:
              - {id: prey, role: prey, optimizer: {type: sgld, lr: 0.01, temperature: 0.3}}
              - {id: a, role: predator, optimizer: {type: sgld, lr: 0.01, temperature: 0.3}}
              - {id: b, role: predator, optimizer: {type: sgld, lr: 0.01, temperature: 0.3}}
              - {id: c, role: walker, optimizer: {type: sgld, lr: 0.01, temperature: 0.3}}
            couplings:
              - {target: prey, source: role:predator, action: flee, aggregation: nearest,
                 kernel: {type: exponential, k0: 2.0, sigma: 0.5}}
              - {target: role:predator, source: prey, action: chase,
                 kernel: {type: constant, k0: 1.0}}
            interaction: {step: 0.05}
            schedule: {maxSteps: 3000, evalEvery: 100}
            """;

    private static List<double[]> run(long seed) {
        Scheme scheme = SpecLoader.parse("s.yaml", SPEC, List.of("seed=" + seed)).spec()
                .toScheme();
        List<double[]> out = new ArrayList<>();
        Hunt.run(scheme, (round, reports) -> reports.stream().map(Agent.Stepped::position)
                .forEach(out::add), ConfigFactory.load());
        return out;
    }

    @Test
    void sameSeedGivesIdenticalPositions() {
        List<double[]> first = run(4);
        List<double[]> second = run(4);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i), 0.0, "evaluation row " + i);
        }
        List<double[]> other = run(5);
        assertFalse(java.util.Arrays.equals(first.get(first.size() - 1),
                other.get(other.size() - 1)), "another seed gives another run");
    }
}
