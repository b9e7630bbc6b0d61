package org.huntlab.hunt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.List;
import org.huntlab.agent.Agent;
import org.huntlab.interaction.Interaction;
import org.huntlab.spec.SpecLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The driven pair on a flat ravine: distance σ·ln(U0/V0), speed V0. */
class PredatorPreyPairTest {

    /** The bar: both within 1% in the small-step limit. */
    private static final double RELATIVE = 0.01;

    @ParameterizedTest(name = "d={0} U0={1} V0={2} σ={3}")
    @CsvSource({"5, 2.0, 1.0, 1.0", "3, 3.0, 0.5, 0.4", "8, 1.5, 0.2, 2.0"})
    void pairSettlesAtSigmaLogRatioAndRunsAtV0(int d, double u0, double v0, double sigma) {
        double eta = 0.01;
        long steps = 20_000;
        long every = 1_000;
        String yaml = """
                name: pair
                seed: 3
                landscape: {type: ravine, dimension: %d, stiffness: 10.0, slope: 0.0}
                agents:
                  - {id: prey, role: prey, optimizer: {type: sgd, lr: %s}}
                  - {id: wolf, role: predator, optimizer: {type: sgd, lr: %s},
                     init: {from: prey, offset: 0.3}}
                couplings:
                  - {target: prey, source: wolf, action: flee,
                     kernel: {type: exponential, k0: %s, sigma: %s}}
                  - {target: wolf, source: prey, action: chase,
                     kernel: {type: constant, k0: %s}}
                interaction: {step: %s}
                schedule: {maxSteps: %d, evalEvery: %d}
                """.formatted(d, eta, eta, u0, sigma, v0, eta, steps, every);
        Scheme scheme = SpecLoader.parse("pair.yaml", yaml, List.of()).spec().toScheme();
        List<List<Agent.Stepped>> evaluations = new ArrayList<>();
        Outcome outcome = Hunt.run(scheme, (round, reports) -> evaluations.add(reports),
                ConfigFactory.load());
        assertEquals(Outcome.Ending.MAX_STEPS, outcome.ending());

        List<Agent.Stepped> last = evaluations.get(evaluations.size() - 1);
        List<Agent.Stepped> before = evaluations.get(evaluations.size() - 2);
        double expected = sigma * Math.log(u0 / v0);
        double distance = Interaction.distance(last.get(0).position(), last.get(1).position());
        assertEquals(expected, distance, RELATIVE * expected, "pair distance σ·ln(U0/V0)");

        double moved = Interaction.distance(last.get(1).position(), before.get(1).position());
        double speed = moved / (every * eta);
        assertEquals(v0, speed, RELATIVE * v0, "predator speed per unit time");
        double along = Math.abs(last.get(1).position()[0] - before.get(1).position()[0]);
        assertTrue(along > (1 - RELATIVE) * moved, "the pair runs along the ravine axis x1");
    }

    @ParameterizedTest(name = "aggregation {0}")
    @CsvSource({"sum, 2.0", "mean, 1.0"})
    void twoPredatorsPushThePreyAsOne(String aggregation, double strength) {
        double u0 = 2;
        double v0 = 0.5;
        String yaml = """
                name: pack
                seed: 11
                landscape: {type: ravine, dimension: 4, stiffness: 10.0}
                agents:
                  - {id: prey, role: prey, optimizer: {type: sgd, lr: 0.01}}
                  - {id: w1, role: predator, optimizer: {type: sgd, lr: 0.01},
                     init: {from: prey, offset: 0.5}}
                  - {id: w2, role: predator, optimizer: {type: sgd, lr: 0.01},
                     init: {from: prey, offset: 0.5}}
                couplings:
                  - {target: prey, source: role:predator, action: flee, aggregation: %s,
                     kernel: {type: exponential, k0: %s, sigma: 1.0}}
                  - {target: role:predator, source: prey, action: chase,
                     kernel: {type: constant, k0: %s}}
                interaction: {step: 0.01}
                schedule: {maxSteps: 30000, evalEvery: 1000}
                """.formatted(aggregation, u0, v0);
        Scheme scheme = SpecLoader.parse("pack.yaml", yaml, List.of()).spec().toScheme();
        List<List<Agent.Stepped>> evaluations = new ArrayList<>();
        Hunt.run(scheme, (round, reports) -> evaluations.add(reports), ConfigFactory.load());
        List<Agent.Stepped> last = evaluations.get(evaluations.size() - 1);
        List<Agent.Stepped> before = evaluations.get(evaluations.size() - 2);
        // both predators run behind the prey at V0, each keeping its own lag (their gap is a
        // constant of the motion), so the prey settles where its summed or averaged flight
        // balances the chase: (strength/2)·U0·(e^(−r1/σ) + e^(−r2/σ)) = V0
        double r1 = Interaction.distance(last.get(0).position(), last.get(1).position());
        double r2 = Interaction.distance(last.get(0).position(), last.get(2).position());
        double push = strength / 2 * u0 * (Math.exp(-r1) + Math.exp(-r2));
        assertEquals(v0, push, RELATIVE * v0, "flight balances chase at r1=" + r1 + ", r2=" + r2);
        double speed = Interaction.distance(last.get(0).position(), before.get(0).position())
                / (1000 * 0.01);
        assertEquals(v0, speed, RELATIVE * v0, "the pack runs at V0");
    }
}
