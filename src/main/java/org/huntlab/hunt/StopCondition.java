package org.huntlab.hunt;

import org.huntlab.landscape.Evaluation;

/**
 * Ends a run when one agent's metric crosses a threshold at an evaluation.
 *
 * @param agent the id of the watched agent
 * @param metric a metric name of {@link Evaluation#metric}
 * @param atLeast stop when the metric is ≥ this (NaN: not used)
 * @param atMost stop when the metric is ≤ this (NaN: not used)
 */
public record StopCondition(String agent, String metric, double atLeast, double atMost) {

    /** True when {@code evaluation} meets the threshold. */
    public boolean reached(Evaluation evaluation) {
        double v = evaluation.metric(metric);
        return (!Double.isNaN(atLeast) && v >= atLeast) || (!Double.isNaN(atMost) && v <= atMost);
    }
}
