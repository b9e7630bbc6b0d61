package org.huntlab.interaction;

/**
 * K(r) = K0: a reaction of fixed strength at any distance, as the predator's V(r) = V0.
 *
 * @param k0 the strength K0 ≥ 0
 */
public record ConstantKernel(double k0) implements Kernel {

    /** Checks K0 ≥ 0. */
    public ConstantKernel {
        if (!(k0 >= 0) || !Double.isFinite(k0)) {
            throw new IllegalArgumentException("k0 must be finite and ≥ 0, got " + k0);
        }
    }

    @Override
    public double at(double r) {
        return k0;
    }
}
