package org.huntlab.interaction;

/**
 * K(r) = k·(r − r0): a linear, signed profile, a spring of stiffness k and rest length r0.
 *
 * <p>With {@code chase} and r0 = 0 it is a Hookean pull, displacement −η·k·(x_t − x_s); with
 * r0 &gt; 0 a chasing target is pulled in from beyond r0 and pushed out from inside it.
 *
 * @param k the stiffness k ≥ 0
 * @param r0 the rest length r0 ≥ 0
 */
public record SpringKernel(double k, double r0) implements Kernel {

    /** Checks k ≥ 0 and r0 ≥ 0. */
    public SpringKernel {
        KernelChecks.nonNegative(k, "k");
        KernelChecks.nonNegative(r0, "r0");
    }

    @Override
    public double at(double r) {
        return k * (r - r0);
    }
}
