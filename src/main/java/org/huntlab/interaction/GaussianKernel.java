package org.huntlab.interaction;

/**
 * K(r) = K0·e^(−r²/(2σ²)): a reaction flat at contact that vanishes quickly beyond the
 * range σ.
 *
 * @param k0 the strength at contact K0 ≥ 0
 * @param sigma the range σ &gt; 0
 */
public record GaussianKernel(double k0, double sigma) implements Kernel {

    /** Checks K0 ≥ 0 and σ &gt; 0. */
    public GaussianKernel {
        KernelChecks.nonNegative(k0, "k0");
        KernelChecks.positive(sigma, "sigma");
    }

    @Override
    public double at(double r) {
        return k0 * Math.exp(-r * r / (2 * sigma * sigma));
    }
}
