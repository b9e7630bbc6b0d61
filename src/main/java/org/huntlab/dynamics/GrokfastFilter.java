package org.huntlab.dynamics;

/**
 * The Grokfast-EMA gradient filter (Lee et al., 2024) in front of another optimizer:
 * h ← α·h + (1−α)·g, and the inner optimizer sees g + λ·h, amplifying the slow components
 * of the gradient that drive generalization.
 */
public final class GrokfastFilter implements SharedMoments {

    private final Optimizer inner;
    private final double alpha;
    private final double lambda;
    private final double[] average;
    private final double[] filtered;

    /**
     * Filters the gradients fed to {@code inner} with EMA decay α ∈ [0, 1) and gain λ ≥ 0.
     */
    public GrokfastFilter(Optimizer inner, int dimension, double alpha, double lambda) {
        if (!(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1), got " + alpha);
        }
        if (!(lambda >= 0)) {
            throw new IllegalArgumentException("lambda must be ≥ 0, got " + lambda);
        }
        this.inner = inner;
        this.alpha = alpha;
        this.lambda = lambda;
        this.average = new double[dimension];
        this.filtered = new double[dimension];
    }

    @Override
    public void step(double[] x, double[] g) {
        inner.step(x, filter(g));
    }

    @Override
    public void step(double[] x, double[] g, double[] meanSquare) {
        if (!(inner instanceof SharedMoments shared)) {
            throw new IllegalStateException("the filtered optimizer has no second moment");
        }
        shared.step(x, filter(g), meanSquare);
    }

    private double[] filter(double[] g) {
        for (int i = 0; i < g.length; i++) {
            average[i] = alpha * average[i] + (1 - alpha) * g[i];
            filtered[i] = g[i] + lambda * average[i];
        }
        return filtered;
    }

    @Override
    public long steps() {
        return inner.steps();
    }
}
