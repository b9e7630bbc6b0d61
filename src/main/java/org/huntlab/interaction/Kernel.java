package org.huntlab.interaction;

/** A radial interaction profile K(r) ≥ 0: how strongly a target reacts to a source at r. */
@FunctionalInterface
public interface Kernel {

    /** K(r) for a distance {@code r ≥ 0}. */
    double at(double r);
}
