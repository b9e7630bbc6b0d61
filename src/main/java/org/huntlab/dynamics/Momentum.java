package org.huntlab.dynamics;

/**
 * Heavy-ball momentum (PyTorch convention): v ← μ·v + (∇f + λ·x); x ← x − α_t·v.
 */
public final class Momentum implements Optimizer {

    private final LearningRate rate;
    private final double momentum;
    private final double weightDecay;
    private final double[] velocity;
    private long steps;

    /** Momentum {@code 0 ≤ μ < 1} over {@code dimension} parameters. */
    public Momentum(int dimension, LearningRate rate, double momentum, double weightDecay) {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.rate = rate;
        this.momentum = momentum;
        this.weightDecay = weightDecay;
        this.velocity = new double[dimension];
    }

    @Override
    public void step(double[] x, double[] g) {
        double a = rate.at(++steps);
        for (int i = 0; i < x.length; i++) {
            velocity[i] = momentum * velocity[i] + g[i] + weightDecay * x[i];
            x[i] -= a * velocity[i];
        }
    }

    @Override
    public long steps() {
        return steps;
    }
}
