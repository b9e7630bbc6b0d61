package org.huntlab.interaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.List;
import org.huntlab.agent.Agent;
import org.huntlab.hunt.Hunt;
import org.huntlab.hunt.Scheme;
import org.huntlab.spec.SpecLoader;
import org.junit.jupiter.api.Test;

/** A formula kernel runs the same hunt as the built-in kernel it spells out. */
class ExpressionKernelTrajectoryTest {

    /** exp4j evaluates 2*exp(-r/1) with the same Math.exp and products as the built-in. */
    private static final double SAME = 1e-12;
    private static final int ROUNDS = 400;

    private static List<double[]> trajectory(String kernel) {
        String yaml = """
                name: formula-pair
                seed: 9
                landscape: {type: ravine, dimension: 4, stiffness: 10.0, slope: 0.5}
                agents:
                  - {id: prey, role: prey, optimizer: {type: sgd, lr: 0.01}}
                  - {id: w1, role: predator, optimizer: {type: sgd, lr: 0.01},
                     init: {from: prey, offset: 0.4}}
                  - {id: w2, role: predator, optimizer: {type: sgd, lr: 0.01},
                     init: {from: prey, offset: 0.7}}
                couplings:
                  - {target: prey, source: role:predator, action: flee, kernel: %s}
                  - {target: role:predator, source: prey, action: chase,
                     kernel: {type: constant, k0: 1.0}}
                interaction: {step: 0.05}
                schedule: {maxSteps: %d, evalEvery: 1}
                """.formatted(kernel, ROUNDS);
        Scheme scheme = SpecLoader.parse("f.yaml", yaml, List.of()).spec().toScheme();
        List<double[]> out = new ArrayList<>();
        Hunt.run(scheme, (round, reports) -> reports.forEach(r -> out.add(r.position())),
                ConfigFactory.load());
        return out;
    }

    @Test
    void formulaTwoExpMinusRMatchesExponentialKernelStepByStep() {
        List<double[]> formula = trajectory("{type: expression, formula: \"2*exp(-r/1)\"}");
        List<double[]> builtIn = trajectory("{type: exponential, k0: 2.0, sigma: 1.0}");
        assertEquals(3 * ROUNDS, builtIn.size(), "every agent at every round");
        assertEquals(builtIn.size(), formula.size());
        for (int i = 0; i < builtIn.size(); i++) {
            assertArrayEquals(builtIn.get(i), formula.get(i), SAME, "position row " + i);
        }
    }
}
