package org.huntlab.interaction;

import java.util.List;

/**
 * "The target reacts to these sources with kernel K by fleeing or chasing", resolved to ids.
 *
 * @param sources the ids of the source agents, in a fixed order (sums run in this order, so
 *     lockstep results do not depend on message arrival)
 * @param action flee or chase
 * @param kernel the radial profile K(r)
 * @param aggregation how several sources combine
 */
public record Coupling(List<String> sources, Action action, Kernel kernel,
                       Aggregation aggregation) {

    /** Copies the source list and checks it is not empty. */
    public Coupling {
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a coupling needs at least one source");
        }
    }
}
