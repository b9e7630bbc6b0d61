package org.huntlab.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.List;
import org.huntlab.agent.Agent;
import org.huntlab.hunt.Hunt;
import org.huntlab.hunt.Scheme;
import org.huntlab.spec.SpecLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Beads that flee each other with a Morse kernel settle at its preferred distance r0.
 *
 * <p>Fleeing with K is gradient descent on the pair energy V(r) with V' = −K, whose minimum is
 * where K(r0) = 0; near it the distance error shrinks by 1 − 2·η·a·K0 = 0.9 per round, so a
 * few thousand rounds settle it far below the 1% asked. The landscape is flat where the beads
 * live: the ravine's axis (gradient 0 there) for a pair, a bowl of curvature 1e-9 for three.
 */
class MorseSwarmTest {

    /** The bar for the preferred distance. */
    private static final double RELATIVE = 0.01;
    private static final double R0 = 1.0;

    private static List<double[]> finalPositions(String yaml) {
        Scheme scheme = SpecLoader.parse("morse.yaml", yaml, List.of()).spec().toScheme();
        List<List<Agent.Stepped>> evaluations = new ArrayList<>();
        Hunt.run(scheme, (round, reports) -> evaluations.add(reports), ConfigFactory.load());
        return evaluations.get(evaluations.size() - 1).stream().map(Agent.Stepped::position)
                .toList();
    }

    @ParameterizedTest(name = "start at r = {0}")
    @CsvSource({"0.6", "2.0"})
    void pairSettlesAtThePreferredDistance(double start) {
        String yaml = """
                name: morse-pair
                landscape: {type: ravine, dimension: 3, stiffness: 10.0, slope: 0.0}
                agents:
                  - {id: b1, role: bead, optimizer: {type: sgd, lr: 0.01},
                     init: {position: [0, 0, 0]}}
                  - {id: b2, role: bead, optimizer: {type: sgd, lr: 0.01},
                     init: {position: [%s, 0, 0]}}
                couplings:
                  - {target: role:bead, source: role:bead, action: flee,
                     kernel: {type: morse, k0: 1.0, a: 1.0, r0: %s}}
                interaction: {step: 0.05}
                schedule: {maxSteps: 2000, evalEvery: 500}
                """.formatted(start, R0);
        List<double[]> x = finalPositions(yaml);
        assertEquals(R0, Interaction.distance(x.get(0), x.get(1)), RELATIVE * R0,
                "repelled from inside r0 or pulled in from outside, the pair keeps r0");
        // each bead gets the opposite displacement of the other: the midpoint cannot move
        assertEquals(start / 2, (x.get(0)[0] + x.get(1)[0]) / 2, 1e-12, "midpoint");
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2"})
    void threeBeadsFormAnEquilateralTriangleOfSideR0(long seed) {
        String yaml = """
                name: morse-triangle
                seed: %d
                landscape: {type: quadratic, dimension: 2, scale: 1.0e-9}
                agents:
                  - {id: b1, role: bead, optimizer: {type: sgd, lr: 0.01}}
                  - {id: b2, role: bead, optimizer: {type: sgd, lr: 0.01}}
                  - {id: b3, role: bead, optimizer: {type: sgd, lr: 0.01}}
                couplings:
                  - {target: role:bead, source: role:bead, action: flee,
                     kernel: {type: morse, k0: 1.0, a: 1.0, r0: %s}}
                interaction: {step: 0.05}
                schedule: {maxSteps: 4000, evalEvery: 1000}
                """.formatted(seed, R0);
        List<double[]> x = finalPositions(yaml);
        for (int i = 0; i < 3; i++) {
            double side = Interaction.distance(x.get(i), x.get((i + 1) % 3));
            assertEquals(R0, side, RELATIVE * R0, "every pair of beads at r0: side " + i);
        }
    }
}
