package org.huntlab.interaction;

/**
 * K(r) = K0·(e^(−2a(r−r0)) − e^(−a(r−r0))): a signed profile, repulsive core,
 * attractive tail.
 *
 * <p>Used with {@code flee} it pushes a target away from a source closer than r0 and pulls it
 * toward one farther than r0 (the pull is largest, K0/4, at r0 + ln 2/a, and fades beyond).
 * K(r0) = 0 and K'(r0) = −a·K0 &lt; 0, so r0 is a stable preferred distance: two agents that
 * flee each other settle at r0. A lockstep step η resolves it without oscillation while
 * 2·η·a·K0 &lt; 1.
 *
 * @param k0 the strength K0 ≥ 0
 * @param a the inverse width a &gt; 0 of the well around r0
 * @param r0 the preferred distance r0 ≥ 0
 */
public record MorseKernel(double k0, double a, double r0) implements Kernel {

    /** Checks K0 ≥ 0, a &gt; 0 and r0 ≥ 0. */
    public MorseKernel {
        KernelChecks.nonNegative(k0, "k0");
        KernelChecks.positive(a, "a");
        KernelChecks.nonNegative(r0, "r0");
    }

    @Override
    public double at(double r) {
        double u = Math.exp(-a * (r - r0));
        return k0 * (u * u - u);
    }
}
