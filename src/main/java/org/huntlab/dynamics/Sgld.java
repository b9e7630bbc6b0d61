package org.huntlab.dynamics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Stochastic gradient Langevin dynamics: x ← x − α·∇f(x) + √(2αθ)·ξ, ξ ~ N(0, I).
 *
 * <p>In the limit α → 0 the walker samples the Gibbs density ∝ e^(−f/θ); at finite α the
 * stationary law carries an O(α) bias, so statistical tests use small α.
 */
public final class Sgld implements Optimizer {

    private final double rate;
    private final double temperature;
    private final double noise;
    private final ZigguratSampler.NormalizedGaussian gauss;
    private long steps;

    /** A Langevin walker at step {@code rate > 0} and temperature {@code temperature ≥ 0}. */
    public Sgld(double rate, double temperature, UniformRandomProvider rng) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("lr must be > 0, got " + rate);
        }
        if (!(temperature >= 0)) {
            throw new IllegalArgumentException("temperature must be ≥ 0, got " + temperature);
        }
        this.rate = rate;
        this.temperature = temperature;
        this.noise = Math.sqrt(2 * rate * temperature);
        this.gauss = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /** The temperature θ of the Gibbs law this walker samples. */
    public double temperature() {
        return temperature;
    }

    @Override
    public void step(double[] x, double[] g) {
        steps++;
        for (int i = 0; i < x.length; i++) {
            x[i] += -rate * g[i] + noise * gauss.sample();
        }
    }

    @Override
    public long steps() {
        return steps;
    }
}
