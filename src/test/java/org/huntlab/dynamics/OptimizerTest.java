package org.huntlab.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Each update rule against its formula, by hand. */
class OptimizerTest {

    @Test
    void adamWMatchesItsFormulaOverTwoSteps() {
        double lr = 0.1;
        double wd = 0.5;
        Adam adamw = new Adam(1, LearningRate.of(lr), 0.9, 0.98, 1e-8, wd, true);
        double[] x = {2.0};
        adamw.step(x, new double[] {1.0});
        // t = 1: m̂ = g, v̂ = g², so the Adam step is lr·sign(g); decay first shrinks x
        assertEquals(2.0 * (1 - lr * wd) - lr * 1.0 / (1.0 + 1e-8), x[0], 1e-12);
        double x1 = x[0];
        adamw.step(x, new double[] {-3.0});
        double m = 0.9 * 0.1 * 1.0 + 0.1 * -3.0;
        double v = 0.98 * 0.02 * 1.0 + 0.02 * 9.0;
        double mHat = m / (1 - 0.81);
        double vHat = v / (1 - 0.98 * 0.98);
        assertEquals(x1 * (1 - lr * wd) - lr * mHat / (Math.sqrt(vHat) + 1e-8), x[0], 1e-12);
    }

    @Test
    void adamCouplesDecayIntoTheGradient() {
        Adam adam = new Adam(1, LearningRate.of(0.1), 0.9, 0.98, 1e-8, 1.0, false);
        double[] x = {2.0};
        adam.step(x, new double[] {-1.0});
        // g + λx = 1 > 0: the first Adam step is −lr·sign(g + λx)
        assertEquals(2 - 0.1 / (1 + 1e-8), x[0], 1e-12);
    }

    @Test
    void momentumAccumulatesVelocity() {
        Momentum heavy = new Momentum(1, LearningRate.of(0.1), 0.9, 0);
        double[] x = {0};
        heavy.step(x, new double[] {1});
        heavy.step(x, new double[] {1});
        assertEquals(-0.1 - 0.1 * 1.9, x[0], 1e-15);
    }

    @Test
    void warmupRampsTheRateLinearly() {
        LearningRate rate = new LearningRate(1.0, 4);
        assertEquals(0.25, rate.at(1));
        assertEquals(0.75, rate.at(3));
        assertEquals(1.0, rate.at(9));
    }

    @Test
    void grokfastAddsLambdaTimesTheGradientAverage() {
        Sgd sgd = new Sgd(LearningRate.of(1.0), 0);
        GrokfastFilter filter = new GrokfastFilter(sgd, 1, 0.5, 2.0);
        double[] x = {0};
        filter.step(x, new double[] {1});
        // h = 0.5·0 + 0.5·1 = 0.5; g' = 1 + 2·0.5 = 2
        assertArrayEquals(new double[] {-2}, x, 1e-15);
        filter.step(x, new double[] {1});
        // h = 0.75; g' = 1 + 1.5
        assertArrayEquals(new double[] {-4.5}, x, 1e-15);
    }
}
