package org.huntlab.hunt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.ConfigFactory;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.huntlab.agent.Agent;
import org.huntlab.dynamics.RandomStreams;
import org.huntlab.dynamics.Sgld;
import org.huntlab.landscape.Ravine;
import org.huntlab.spec.SpecLoader;
import org.junit.jupiter.api.Test;

/**
 * Along a flat ravine a hunting pair drifts (time to cover L grows like L¹) where a lone SGLD
 * walker diffuses (like L²): the reason hunts reach far regions sooner.
 */
class DriftVersusDiffusionTest {

    private static final double[] DISTANCES = {10, 20, 40, 80};
    private static final double V0 = 1.0;
    private static final double ETA = 0.01;
    private static final double SIEGMUND = 0.5826;

    @Test
    void pairCoversDistanceLinearlyInTime() {
        Scheme scheme = SpecLoader.parse("drift.yaml", """
                seed: 5
                landscape: {type: ravine, dimension: 4, stiffness: 10.0}
                agents:
                  - {id: prey, role: prey, optimizer: {type: sgd, lr: 0.01},
                     init: {position: [0, 0, 0, 0]}}
                  - {id: wolf, role: predator, optimizer: {type: sgd, lr: 0.01},
                     init: {position: [-0.5, 0, 0, 0]}}
                couplings:
                  - {target: prey, source: wolf, action: flee,
                     kernel: {type: exponential, k0: 2.0, sigma: 1.0}}
                  - {target: wolf, source: prey, action: chase,
                     kernel: {type: constant, k0: 1.0}}
                interaction: {step: 0.01}
                schedule: {maxSteps: 8200, evalEvery: 5}
                """, List.of()).spec().toScheme();
        List<double[]> path = new ArrayList<>();
        Hunt.run(scheme, (round, reports) -> path.add(new double[] {round,
                reports.get(0).position()[0]}), ConfigFactory.load());
        SimpleRegression fit = new SimpleRegression();
        for (double l : DISTANCES) {
            double t = path.stream().filter(p -> Math.abs(p[1]) >= l).findFirst()
                    .orElseThrow()[0] * ETA;
            assertEquals(l / V0, t, 0.02 * l / V0 + 0.5, "time to cover L = " + l);
            fit.addData(Math.log(l), Math.log(t));
        }
        assertEquals(1.0, fit.getSlope(), 0.05, "drift: T ∝ L^1");
    }

    @Test
    void loneWalkerNeedsLSquaredOverTwoTheta() {
        double theta = 0.5;
        double lr = 0.01;
        int walkers = 400;
        double[] lengths = {1, 2, 4, 8};
        // a walk watched only once per step exits as if the boundary sat β·(step size)
        // further out, β = −ζ(1/2)/√(2π) ≈ 0.5826 (Siegmund's correction)
        double shift = SIEGMUND * Math.sqrt(2 * lr * theta);
        Ravine ravine = new Ravine(2, 10, 0);
        SimpleRegression fit = new SimpleRegression();
        for (double l : lengths) {
            double total = 0;
            for (int w = 0; w < walkers; w++) {
                Sgld sgld = new Sgld(lr, theta, RandomStreams.stream(9, "walker/" + l + "/" + w));
                double[] x = new double[2];
                double[] g = new double[2];
                long steps = 0;
                while (Math.abs(x[0]) < l) {
                    ravine.gradient(x, g);
                    sgld.step(x, g);
                    steps++;
                }
                total += steps * lr;
            }
            double mean = total / walkers;
            // free diffusion with D = θ from 0 to |x| = L: mean first passage L²/(2D); the
            // standard error of a mean of 400 first-passage times is about 4%
            double expected = (l + shift) * (l + shift) / (2 * theta);
            assertEquals(expected, mean, 0.12 * expected, "L = " + l);
            fit.addData(Math.log(l), Math.log(mean));
        }
        assertEquals(2.0, fit.getSlope(), 0.1, "diffusion: T ∝ L^2");
    }
}
