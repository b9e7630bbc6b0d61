package org.huntlab.interaction;

/**
 * K(r) = K0·(r² + ε²)^(−k/2): a softened power law, K0·r^(−k) far out and
 * K0·ε^(−k) at contact.
 *
 * <p>The softening ε keeps the reaction finite when two agents meet, as in softened gravity.
 *
 * @param k0 the strength K0 ≥ 0 (the value K0·r^(−k) tends to for r ≫ ε)
 * @param exponent the decay exponent k &gt; 0
 * @param softening the softening length ε &gt; 0
 */
public record PowerKernel(double k0, double exponent, double softening) implements Kernel {

    /** Checks K0 ≥ 0, k &gt; 0 and ε &gt; 0. */
    public PowerKernel {
        KernelChecks.nonNegative(k0, "k0");
        KernelChecks.positive(exponent, "exponent");
        KernelChecks.positive(softening, "softening");
    }

    @Override
    public double at(double r) {
        return k0 * Math.pow(r * r + softening * softening, -exponent / 2);
    }
}
