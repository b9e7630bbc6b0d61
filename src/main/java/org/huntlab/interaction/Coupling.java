package org.huntlab.interaction;

import java.util.List;

/**
 * "The target reacts to these sources with kernel K by fleeing or chasing", resolved to ids.
 *
 * <p>Of the sources, only those closer than {@code within} act, and of those only the
 * {@code nearest} closest (ties go to the earlier source in the list); the aggregation then
 * combines the ones that act.
 *
 * @param sources the ids of the source agents, in a fixed order (sums run in this order, so
 *     lockstep results do not depend on message arrival)
 * @param action flee or chase
 * @param kernel the radial profile K(r)
 * @param aggregation how several sources combine
 * @param nearest each round only the k = nearest closest sources act, k ≥ 1
 *     ({@link #EVERY_SOURCE} for all)
 * @param within only sources at r &lt; within act, within &gt; 0 ({@link #UNLIMITED} for all)
 */
public record Coupling(List<String> sources, Action action, Kernel kernel,
                       Aggregation aggregation, int nearest, double within) {

    /** The {@code nearest} that lets every source act. */
    public static final int EVERY_SOURCE = Integer.MAX_VALUE;

    /** The {@code within} that lets sources at any distance act. */
    public static final double UNLIMITED = Double.POSITIVE_INFINITY;

    /** Copies the source list and checks it is not empty, k ≥ 1 and the radius &gt; 0. */
    public Coupling {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a coupling needs at least one source");
        }
        if (nearest < 1) {
            throw new IllegalArgumentException("nearest must be ≥ 1, got " + nearest);
        }
        if (!(within > 0)) {
            throw new IllegalArgumentException("within must be > 0, got " + within);
        }
    }

    /** A coupling in which every source acts, at any distance. */
    public Coupling(List<String> sources, Action action, Kernel kernel,
                    Aggregation aggregation) {
        this(sources, action, kernel, aggregation, EVERY_SOURCE, UNLIMITED);
    }
}
