package org.huntlab.dynamics;

/**
 * A learning rate α with an optional linear warm-up: α_t = α·min(1, t / warmup) at
 * step t ≥ 1.
 *
 * @param base the rate after warm-up, {@code > 0}
 * @param warmup the number of warm-up steps; 0 for none
 */
public record LearningRate(double base, long warmup) {

    /** Checks the rate is positive and the warm-up non-negative. */
    public LearningRate {
        if (!(base > 0) || !Double.isFinite(base)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + base);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must be ≥ 0, got " + warmup);
        }
    }

    /** A constant rate. */
    public static LearningRate of(double base) {
        return new LearningRate(base, 0);
    }

    /** The rate at step {@code t} (1-based). */
    public double at(long t) {
        return warmup == 0 || t >= warmup ? base : base * t / warmup;
    }
}
