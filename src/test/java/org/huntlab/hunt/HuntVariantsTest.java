package org.huntlab.hunt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.List;
import org.huntlab.agent.Agent;
import org.huntlab.dynamics.Adam;
import org.huntlab.dynamics.LearningRate;
import org.huntlab.interaction.ExponentialKernel;
import org.huntlab.interaction.Interaction;
import org.huntlab.landscape.Quadratic;
import org.huntlab.spec.SpecLoader;
import org.junit.jupiter.api.Test;

/** Force mode, connected momenta and placements, checked against hand-computed dynamics. */
class HuntVariantsTest {

    private static List<List<Agent.Stepped>> run(String yaml) {
        Scheme scheme = SpecLoader.parse("v.yaml", yaml, List.of()).spec().toScheme();
        List<List<Agent.Stepped>> out = new ArrayList<>();
        Hunt.run(scheme, (round, reports) -> out.add(reports), ConfigFactory.load());
        return out;
    }

    @Test
    void forceModeWithSgdSettlesAtTheSameDistanceAndRunsAtLrTimesEtaTimesV0() {
        double lr = 0.01;
        double weight = 1.0;
        List<List<Agent.Stepped>> evals = run("""
                landscape: {type: ravine, dimension: 3, stiffness: 10.0}
                agents:
                  - {id: prey, role: prey, optimizer: {type: sgd, lr: 0.01}}
                  - {id: wolf, role: predator, optimizer: {type: sgd, lr: 0.01},
                     init: {from: prey, offset: 0.3}}
                couplings:
                  - {target: prey, source: wolf, action: flee,
                     kernel: {type: exponential, k0: 2.0, sigma: 1.0}}
                  - {target: wolf, source: prey, action: chase, kernel: {type: constant, k0: 0.5}}
                interaction: {step: 1.0, mode: force}
                schedule: {maxSteps: 20000, evalEvery: 1000}
                """);
        var last = evals.get(evals.size() - 1);
        var before = evals.get(evals.size() - 2);
        double r = Interaction.distance(last.get(0).position(), last.get(1).position());
        assertEquals(Math.log(4), r, 0.01 * Math.log(4), "σ·ln(U0/V0) does not depend on mode");
        double perStep = Interaction.distance(last.get(1).position(), before.get(1).position())
                / 1000;
        assertEquals(lr * weight * 0.5, perStep, 0.01 * lr * weight * 0.5,
                "SGD turns the force −η·F in the gradient into a step α·η·V0");
    }

    @Test
    void connectedMomentaShareOneSecondMomentEstimate() {
        List<List<Agent.Stepped>> evals = run("""
                landscape: {type: quadratic, dimension: 2, scale: 1.0}
                agents:
                  - {id: prey, role: prey, optimizer: {type: adam, lr: 0.01},
                     init: {position: [1.0, -0.5]}}
                  - {id: wolf, role: predator, optimizer: {type: adam, lr: 0.01},
                     init: {position: [3.0, 2.0]}}
                couplings:
                  - {target: prey, source: wolf, action: flee,
                     kernel: {type: exponential, k0: 2.0, sigma: 1.0}}
                interaction: {step: 0.05, connectedMoments: true}
                schedule: {maxSteps: 40, evalEvery: 40}
                """);
        // the same dynamics by hand: one v fed by the mean of both agents' g²
        double[] prey = {1.0, -0.5};
        double[] wolf = {3.0, 2.0};
        Adam a = new Adam(2, LearningRate.of(0.01), 0.9, 0.98, 1e-8, 0, false);
        Adam b = new Adam(2, LearningRate.of(0.01), 0.9, 0.98, 1e-8, 0, false);
        var flee = new ExponentialKernel(2.0, 1.0);
        for (int k = 0; k < 40; k++) {
            double[] ga = prey.clone();
            double[] gb = wolf.clone();
            double[] mean = new double[2];
            for (int i = 0; i < 2; i++) {
                mean[i] = (ga[i] * ga[i] + gb[i] * gb[i]) / 2;
            }
            a.step(prey, ga, mean);
            b.step(wolf, gb, mean);
            double r = Interaction.distance(prey, wolf);
            double s = 0.05 * flee.at(r) / r;
            for (int i = 0; i < 2; i++) {
                prey[i] += s * (prey[i] - wolf[i]);
            }
        }
        var last = evals.get(evals.size() - 1);
        assertArrayEquals(prey, last.get(0).position(), 1e-12);
        assertArrayEquals(wolf, last.get(1).position(), 1e-12);
        Adam alone = new Adam(2, LearningRate.of(0.01), 0.9, 0.98, 1e-8, 0, false);
        double[] solo = {3.0, 2.0};
        for (int k = 0; k < 40; k++) {
            alone.step(solo, solo.clone());
        }
        assertEquals(false, Math.abs(solo[0] - wolf[0]) < 1e-6,
                "sharing the moment changes the wolf's path (the test can tell)");
    }

    @Test
    void aPlacedPredatorSleepsUntilItsRoundAndIsReaimed() {
        List<List<Agent.Stepped>> evals = run("""
                landscape: {type: quadratic, dimension: 3, scale: 0.1}
                agents:
                  - {id: prey, role: prey, optimizer: {type: sgd, lr: 0.01},
                     init: {position: [2.0, 0.0, 0.0]}}
                  - {id: wolf, role: predator, optimizer: {type: sgd, lr: 0.01},
                     init: {position: [0.0, 0.0, 0.0]},
                     placement: {from: prey, scale: 1.5, at: 30, every: 20}}
                couplings:
                  - {target: prey, source: wolf, action: flee,
                     kernel: {type: exponential, k0: 2.0, sigma: 1.0}}
                  - {target: wolf, source: prey, action: chase, kernel: {type: constant, k0: 1.0}}
                interaction: {step: 0.01}
                schedule: {maxSteps: 50, evalEvery: 1}
                """);
        // dormant: the wolf does not move and costs nothing before round 30
        var round29 = evals.get(28);
        assertArrayEquals(new double[3], round29.get(1).position(), 0.0);
        assertEquals(0, round29.get(1).gradientCalls());
        // the prey saw no predator: pure gradient descent x·(1 − α·0.1)^29
        assertEquals(2.0 * Math.pow(1 - 0.001, 29), round29.get(0).position()[0], 1e-12);
        // placed at 1.5·x_prey(29), then it steps in round 30 (and is re-placed before 50)
        assertEquals(21, evals.get(49).get(1).gradientCalls());
        assertEquals(50, evals.get(49).get(0).gradientCalls());
        double[] prey29 = round29.get(0).position();
        double[] wolf30 = evals.get(29).get(1).position();
        assertEquals(1.5 * prey29[0], wolf30[0], 0.05,
                "one SGD and one chase step of size ~0.01 from 1.5·x_prey");
    }

    @Test
    void aLaggedPlacementCopiesTheSourceFromLagRoundsBefore() {
        List<List<Agent.Stepped>> evals = run("""
                landscape: {type: quadratic, dimension: 2, scale: 1.0}
                agents:
                  - {id: prey, role: prey, optimizer: {type: sgd, lr: 0.05},
                     init: {position: [2.0, 1.0]}}
                  - {id: wolf, role: predator, optimizer: {type: sgd, lr: 1.0e-12},
                     placement: {from: prey, at: 20, lag: 5}}
                couplings:
                  - {target: wolf, source: prey, action: chase, kernel: {type: constant, k0: 0.0}}
                schedule: {maxSteps: 25, evalEvery: 1}
                """);
        // placed before round 20 from the prey's position after round 19 − 5 = 14
        double[] prey14 = evals.get(13).get(0).position();
        double[] wolf20 = evals.get(19).get(1).position();
        assertArrayEquals(prey14, wolf20, 1e-10);
        assertEquals(2.0 * Math.pow(0.95, 14), prey14[0], 1e-12);
    }
}
