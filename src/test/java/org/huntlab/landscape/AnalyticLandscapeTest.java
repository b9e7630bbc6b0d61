package org.huntlab.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.huntlab.dynamics.RandomStreams;
import org.junit.jupiter.api.Test;

class AnalyticLandscapeTest {

    /** Central differences in double precision err by O(h²·f''') + O(ε/h): ~1e-8 here. */
    private static final double TOLERANCE = 1e-6;
    private static final double H = 1e-5;

    @Test
    void gradientsMatchCentralDifferences() {
        List<AnalyticLandscape> all = List.of(new Ravine(5, 10, 0.3), new DoubleWell(3, 1.5, 0.8),
                new Rosenbrock(4), new Quadratic(3, 2.5));
        UniformRandomProvider rng = RandomStreams.stream(1, "fd");
        for (AnalyticLandscape f : all) {
            for (int trial = 0; trial < 5; trial++) {
                double[] x = f.initialPoint(rng);
                double[] grad = new double[x.length];
                double value = f.gradient(x, grad);
                assertEquals(f.value(x), value, 1e-12, "gradient() returns f(x)");
                for (int i = 0; i < x.length; i++) {
                    double[] up = x.clone();
                    double[] down = x.clone();
                    up[i] += H;
                    down[i] -= H;
                    double fd = (f.value(up) - f.value(down)) / (2 * H);
                    assertEquals(fd, grad[i], TOLERANCE * Math.max(1, Math.abs(fd)),
                            f.getClass().getSimpleName() + " ∂f/∂x" + (i + 1));
                }
            }
        }
    }

    @Test
    void formulasGiveKnownValues() {
        assertEquals(0.3 * 2 + 5 * (1 + 4), new Ravine(3, 10, 0.3).value(new double[] {2, 1, 2}),
                1e-12);
        assertEquals(1.5, new DoubleWell(1, 1.5, 0.8).value(new double[] {0}), 1e-12);
        assertEquals(0, new DoubleWell(2, 1.5, 0.8).value(new double[] {-0.8, 0}), 1e-12);
        assertEquals(0, new Rosenbrock(3).value(new double[] {1, 1, 1}), 1e-12);
        assertEquals(1, new Rosenbrock(2).value(new double[] {0, 0}), 1e-12);
        assertEquals(2.5 / 2 * 14, new Quadratic(3, 2.5).value(new double[] {1, 2, 3}), 1e-12);
    }
}
