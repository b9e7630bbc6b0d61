package org.huntlab.interaction;

/**
 * A radial interaction profile K(r): how strongly a target reacts to a source at distance r.
 *
 * <p>Most kernels are non-negative (constant, exponential, power, gaussian), so the action
 * alone says the direction. Signed kernels are a deliberate extension: a profile that changes
 * sign (morse, spring) pushes with K &gt; 0 and pulls with K &lt; 0, so a negative flee is a
 * chase, and a target fleeing with K(r) = 0 at r0 keeps the preferred distance r0 from its
 * source when K'(r0) &lt; 0.
 *
 * @implNote Implementations are immutable and safe to share between agents and threads.
 */
@FunctionalInterface
public interface Kernel {

    /** K(r) for a distance {@code r ≥ 0}; positive pushes along the action, negative against. */
    double at(double r);
}
