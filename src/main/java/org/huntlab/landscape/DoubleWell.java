package org.huntlab.landscape;

/**
 * Two minima at x1 = ±separation split by a barrier of height {@code barrier} at x1 = 0:
 * f(x) = barrier·((x1/separation)² − 1)² + ½·(x2² + … + xd²).
 *
 * <p>Curvatures for Kramers' rate: f''(min) = 8·barrier/separation², f''(saddle) =
 * −4·barrier/separation².
 */
public final class DoubleWell extends AnalyticLandscape {

    private final double barrier;
    private final double separation;

    /** A double well with {@code barrier > 0} and {@code separation > 0}. */
    public DoubleWell(int dimension, double barrier, double separation) {
        super(dimension);
        if (!(barrier > 0)) {
            throw new IllegalArgumentException("barrier must be > 0, got " + barrier);
        }
        if (!(separation > 0)) {
            throw new IllegalArgumentException("separation must be > 0, got " + separation);
        }
        this.barrier = barrier;
        this.separation = separation;
    }

    /** The barrier height ΔE between a minimum and the saddle. */
    public double barrier() {
        return barrier;
    }

    /** The distance of each minimum from the saddle along x1. */
    public double separation() {
        return separation;
    }

    @Override
    public double value(double[] x) {
        double u = x[0] / separation;
        double w = u * u - 1;
        double rest = 0;
        for (int i = 1; i < x.length; i++) {
            rest += x[i] * x[i];
        }
        return barrier * w * w + 0.5 * rest;
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        double u = x[0] / separation;
        double w = u * u - 1;
        grad[0] = 4 * barrier * w * u / separation;
        double rest = 0;
        for (int i = 1; i < x.length; i++) {
            rest += x[i] * x[i];
            grad[i] = x[i];
        }
        return barrier * w * w + 0.5 * rest;
    }
}
