package org.huntlab.interaction;

/** How the pulls of several sources of one coupling combine on its target. */
public enum Aggregation {
    /** Every source adds its own displacement. */
    SUM,
    /** The displacements are averaged over the sources. */
    MEAN,
    /** Only the nearest source acts. */
    NEAREST
}
