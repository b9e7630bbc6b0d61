package org.huntlab.hunt;

import java.util.Map;

/**
 * How a run ended.
 *
 * @param rounds the last round completed
 * @param ending why it ended
 * @param message a sentence for the user
 * @param gradientCalls gradient evaluations per agent id
 * @param wallSeconds the wall time of the rounds
 */
public record Outcome(long rounds, Ending ending, String message,
                      Map<String, Long> gradientCalls, double wallSeconds) {

    /** Why a run ended. */
    public enum Ending {
        /** Every round of the schedule ran. */
        MAX_STEPS,
        /** The stop condition was met. */
        STOPPED,
        /** An agent's loss or position stopped being finite. */
        DIVERGED,
        /** Something else failed, e.g. writing results. */
        FAILED
    }

    /** True when the run ended as planned (all steps or the stop condition). */
    public boolean ok() {
        return ending == Ending.MAX_STEPS || ending == Ending.STOPPED;
    }

    /** The gradient calls of all agents together. */
    public long totalGradientCalls() {
        return gradientCalls.values().stream().mapToLong(Long::longValue).sum();
    }
}
