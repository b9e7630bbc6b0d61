package org.huntlab.landscape;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A landscape given by a closed-form value and gradient.
 *
 * <p>The math runs in plain Java loops over {@code double[]}: an ND4J call costs microseconds,
 * about a thousand times a two-coordinate gradient, so small landscapes stay off ND4J.
 */
public abstract class AnalyticLandscape implements Landscape {

    private final int dimension;

    /** A landscape on R^dimension. */
    protected AnalyticLandscape(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be ≥ 1, got " + dimension);
        }
        this.dimension = dimension;
    }

    @Override
    public final int dimension() {
        return dimension;
    }

    /** Writes ∇f(x) into {@code grad} and returns f(x); thread-safe, no allocation. */
    public abstract double gradient(double[] x, double[] grad);

    @Override
    public final Oracle oracle(UniformRandomProvider rng) {
        return this::gradient;
    }

    /** A standard normal point: each coordinate drawn from N(0, 1). */
    @Override
    public double[] initialPoint(UniformRandomProvider rng) {
        var gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            x[i] = gauss.sample();
        }
        return x;
    }
}
