package org.huntlab.dynamics;

/** Plain gradient descent: x ← x − α_t·(∇f(x) + λ·x), λ the (L2) weight decay. */
public final class Sgd implements Optimizer {

    private final LearningRate rate;
    private final double weightDecay;
    private long steps;

    /** Gradient descent at {@code rate} with L2 weight decay {@code weightDecay ≥ 0}. */
    public Sgd(LearningRate rate, double weightDecay) {
        this.rate = rate;
        this.weightDecay = weightDecay;
    }

    @Override
    public void step(double[] x, double[] g) {
        double a = rate.at(++steps);
        for (int i = 0; i < x.length; i++) {
            x[i] -= a * (g[i] + weightDecay * x[i]);
        }
    }

    @Override
    public long steps() {
        return steps;
    }
}
