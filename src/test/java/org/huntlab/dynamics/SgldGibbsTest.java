package org.huntlab.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.huntlab.landscape.DoubleWell;
import org.junit.jupiter.api.Test;

/** SGLD walkers on a 1-D double well sample the Gibbs law ∝ e^(−f/θ). */
class SgldGibbsTest {

    private static final int WALKERS = 4000;
    private static final int STEPS = 3000;
    private static final double LR = 0.005;
    private static final double THETA = 0.8;
    /** KS p-value threshold: with a fixed seed a correct sampler lands far above it. */
    private static final double ALPHA = 0.01;

    private final DoubleWell well = new DoubleWell(1, 1.0, 1.0);

    @Test
    void walkersSampleTheGibbsDensity() {
        double[] samples = sample(THETA);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                new GibbsDistribution(THETA), samples);
        assertTrue(p > ALPHA, "KS p-value " + p + " against e^(−f/θ) at θ = " + THETA);
    }

    @Test
    void testRejectsTheWrongTemperature() {
        double[] samples = sample(THETA);
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(
                new GibbsDistribution(2 * THETA), samples);
        assertTrue(p < ALPHA, "KS must tell θ from 2θ (p = " + p + ")");
    }

    /**
     * Independent walkers started at the two minima, run to t = 15 (several barrier crossings:
     * Kramers' rate at ΔE/θ = 1.25 is ≈ 0.26 per unit time), final positions as samples.
     */
    private double[] sample(double theta) {
        double[] out = new double[WALKERS];
        double[] grad = new double[1];
        for (int w = 0; w < WALKERS; w++) {
            UniformRandomProvider rng = RandomStreams.stream(11, "walker/" + w);
            Sgld sgld = new Sgld(LR, theta, rng);
            double[] x = {w % 2 == 0 ? -1 : 1};
            for (int s = 0; s < STEPS; s++) {
                well.gradient(x, grad);
                sgld.step(x, grad);
            }
            out[w] = x[0];
        }
        return out;
    }

    /** The Gibbs law e^(−f/θ)/Z of the well, normalized by numerical integration. */
    private final class GibbsDistribution
            extends org.apache.commons.math3.distribution.AbstractRealDistribution {

        private static final double RANGE = 4;
        private final double theta;
        private final double z;

        GibbsDistribution(double theta) {
            super(null);
            this.theta = theta;
            this.z = integrate(-RANGE, RANGE);
        }

        private double weight(double x) {
            return Math.exp(-well.value(new double[] {x}) / theta);
        }

        private double integrate(double a, double b) {
            if (b <= a) {
                return 0;
            }
            return new SimpsonIntegrator(1e-10, 1e-12, 3, 32)
                    .integrate(1_000_000, this::weight, a, b);
        }

        @Override
        public double density(double x) {
            return weight(x) / z;
        }

        @Override
        public double cumulativeProbability(double x) {
            double clipped = Math.max(-RANGE, Math.min(RANGE, x));
            return integrate(-RANGE, clipped) / z;
        }

        @Override
        public double getNumericalMean() {
            return 0;
        }

        @Override
        public double getNumericalVariance() {
            return integrateSecondMoment();
        }

        private double integrateSecondMoment() {
            return new SimpsonIntegrator().integrate(1_000_000,
                    x -> x * x * weight(x), -RANGE, RANGE) / z;
        }

        @Override
        public double getSupportLowerBound() {
            return -RANGE;
        }

        @Override
        public double getSupportUpperBound() {
            return RANGE;
        }

        @Override
        public boolean isSupportLowerBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportUpperBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }
    }
}
