package org.huntlab.landscape;

/** An isotropic bowl: f(x) = (scale/2)·|x|², minimum 0 at the origin. */
public final class Quadratic extends AnalyticLandscape {

    private final double scale;

    /** A bowl of curvature {@code scale > 0}. */
    public Quadratic(int dimension, double scale) {
        super(dimension);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0, got " + scale);
        }
        this.scale = scale;
    }

    @Override
    public double value(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return 0.5 * scale * s;
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += x[i] * x[i];
            grad[i] = scale * x[i];
        }
        return 0.5 * scale * s;
    }
}
