package org.huntlab.dynamics;

/**
 * Adam, and AdamW when the weight decay is decoupled.
 *
 * <p>m ← β1·m + (1−β1)·g, v ← β2·v + (1−β2)·g²,
 * x ← x − α_t·m̂/(√v̂ + ε), with the usual bias corrections m̂ = m/(1−β1^t) and
 * v̂ = v/(1−β2^t). Coupled decay (Adam) adds λ·x to g; decoupled decay (AdamW,
 * Loshchilov &amp; Hutter) first shrinks x ← x·(1 − α_t·λ).
 *
 * <p>With connected momenta the g² that feeds v is the group's mean (see {@link
 * SharedMoments}); with coupled decay that mean is of the raw gradients, without λ·x.
 */
public final class Adam implements SharedMoments {

    /** β1, β2 of Power et al. (2022), the grokking paper. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** See {@link #DEFAULT_BETA1}. */
    public static final double DEFAULT_BETA2 = 0.98;
    /** The ε added to √v̂. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private final LearningRate rate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final boolean decoupled;
    private final double[] m;
    private final double[] v;
    private long steps;

    /** Adam over {@code dimension} parameters; {@code decoupled} makes it AdamW. */
    public Adam(int dimension, LearningRate rate, double beta1, double beta2, double epsilon,
                double weightDecay, boolean decoupled) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("betas must be in [0, 1), got "
                    + beta1 + ", " + beta2);
        }
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("weightDecay must be ≥ 0, got " + weightDecay);
        }
        this.rate = rate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
        this.m = new double[dimension];
        this.v = new double[dimension];
    }

    @Override
    public void step(double[] x, double[] g) {
        step(x, g, null);
    }

    @Override
    public void step(double[] x, double[] g, double[] meanSquare) {
        long t = ++steps;
        double a = rate.at(t);
        double c1 = 1 / (1 - Math.pow(beta1, t));
        double c2 = 1 / (1 - Math.pow(beta2, t));
        double shrink = decoupled ? 1 - a * weightDecay : 1;
        double l2 = decoupled ? 0 : weightDecay;
        for (int i = 0; i < x.length; i++) {
            double gi = g[i] + l2 * x[i];
            m[i] = beta1 * m[i] + (1 - beta1) * gi;
            double square = meanSquare == null ? gi * gi : meanSquare[i];
            v[i] = beta2 * v[i] + (1 - beta2) * square;
            x[i] = x[i] * shrink - a * (m[i] * c1) / (Math.sqrt(v[i] * c2) + epsilon);
        }
    }

    @Override
    public long steps() {
        return steps;
    }
}
