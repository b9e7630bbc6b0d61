package org.huntlab.landscape;

/**
 * A narrow straight valley along x1: f(x) = slope·x1 + (stiffness/2)·(x2² + … + xd²).
 *
 * <p>With {@code slope = 0} the bottom is flat, the model of the zero-loss ravine of a network
 * that has memorized its training set: a lone walker diffuses along it, a hunting pair drifts.
 */
public final class Ravine extends AnalyticLandscape {

    private final double stiffness;
    private final double slope;

    /** A ravine in {@code dimension ≥ 2} coordinates with curvature {@code stiffness > 0}. */
    public Ravine(int dimension, double stiffness, double slope) {
        super(dimension);
        if (dimension < 2) {
            throw new IllegalArgumentException("a ravine needs dimension ≥ 2, got " + dimension);
        }
        if (!(stiffness > 0)) {
            throw new IllegalArgumentException("stiffness must be > 0, got " + stiffness);
        }
        this.stiffness = stiffness;
        this.slope = slope;
    }

    @Override
    public double value(double[] x) {
        double across = 0;
        for (int i = 1; i < x.length; i++) {
            across += x[i] * x[i];
        }
        return slope * x[0] + 0.5 * stiffness * across;
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        double across = 0;
        grad[0] = slope;
        for (int i = 1; i < x.length; i++) {
            across += x[i] * x[i];
            grad[i] = stiffness * x[i];
        }
        return slope * x[0] + 0.5 * stiffness * across;
    }
}
