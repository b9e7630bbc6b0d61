package org.huntlab.interaction;

/**
 * K(r) = K0·e^(−r/σ): a reaction that fades over the range σ, as the prey's
 * U(r) = U0·e^(−r/σ).
 *
 * <p>Against a constant chase V0 &lt; K0 a fleeing target settles where K(r*) = V0, at
 * r* = σ·ln(K0/V0).
 *
 * @param k0 the strength at contact K0 ≥ 0
 * @param sigma the range σ &gt; 0
 */
public record ExponentialKernel(double k0, double sigma) implements Kernel {

    /** Checks K0 ≥ 0 and σ &gt; 0. */
    public ExponentialKernel {
        if (!(k0 >= 0) || !Double.isFinite(k0)) {
            throw new IllegalArgumentException("k0 must be finite and ≥ 0, got " + k0);
        }
        if (!(sigma > 0) || !Double.isFinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and > 0, got " + sigma);
        }
    }

    @Override
    public double at(double r) {
        return k0 * Math.exp(-r / sigma);
    }
}
