package org.huntlab.landscape;

/**
 * The Rosenbrock valley: f(x) = Σ_{i<d} [100·(x_{i+1} − x_i²)² + (1 − x_i)²], minimum 0 at
 * (1, …, 1) at the end of a curved, flat-bottomed valley.
 */
public final class Rosenbrock extends AnalyticLandscape {

    private static final double B = 100;

    /** The Rosenbrock function on R^dimension, {@code dimension ≥ 2}. */
    public Rosenbrock(int dimension) {
        super(dimension);
        if (dimension < 2) {
            throw new IllegalArgumentException("rosenbrock needs dimension ≥ 2, got "
                    + dimension);
        }
    }

    @Override
    public double value(double[] x) {
        double f = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += B * a * a + b * b;
        }
        return f;
    }

    @Override
    public double gradient(double[] x, double[] grad) {
        java.util.Arrays.fill(grad, 0, x.length, 0);
        double f = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += B * a * a + b * b;
            grad[i] += -4 * B * a * x[i] - 2 * b;
            grad[i + 1] += 2 * B * a;
        }
        return f;
    }
}
