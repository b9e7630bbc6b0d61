package org.huntlab.interaction;

/** How the pulls of the sources of one coupling that act combine on its target. */
public enum Aggregation {
    /** Every acting source adds its own displacement: Σ_s ±η·K(r_s)·e_s. */
    SUM,
    /**
     * The displacements are averaged over the n sources that act: (1/n)·Σ_s ±η·K(r_s)·e_s.
     */
    MEAN,
    /** Only the nearest acting source acts: ±η·K(r_min)·e_min. */
    NEAREST
}
