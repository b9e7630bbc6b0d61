package org.huntlab.run;

import java.util.List;
import org.huntlab.landscape.Evaluation;

/**
 * What a run measured at its evaluations, in memory, for charts and the printed summary.
 *
 * @param analytic true when the landscape is analytic (losses only, no accuracies)
 * @param agents one series per agent, in the scheme's agent order
 * @param pairs one series per coupled pair
 */
public record RunTrace(boolean analytic, List<AgentSeries> agents, List<PairSeries> pairs) {

    /** The role name of a fleeing agent. */
    public static final String PREY = "prey";

    /** The role name of a chasing agent. */
    public static final String PREDATOR = "predator";

    /** Copies the lists. */
    public RunTrace {
        agents = List.copyOf(agents);
        pairs = List.copyOf(pairs);
    }

    /**
     * One agent's evaluations.
     *
     * @param agent the agent's id
     * @param role the agent's role
     * @param samples one per evaluation, by step
     */
    public record AgentSeries(String agent, String role, List<AgentSample> samples) {

        /** Copies the samples. */
        public AgentSeries {
            samples = List.copyOf(samples);
        }
    }

    /**
     * One agent at one evaluation.
     *
     * @param step the round evaluated
     * @param totalGradientCalls the gradient calls of all agents together so far
     * @param evaluation the agent's losses and accuracies after the round
     */
    public record AgentSample(long step, long totalGradientCalls, Evaluation evaluation) {
    }

    /**
     * A coupled pair's evaluations; a comes before b in the scheme's agent order.
     *
     * @param a the first agent's id
     * @param roleA its role
     * @param b the second agent's id
     * @param roleB its role
     * @param samples one per evaluation, by step
     */
    public record PairSeries(String a, String roleA, String b, String roleB,
                             List<PairSample> samples) {

        /** Copies the samples. */
        public PairSeries {
            samples = List.copyOf(samples);
        }

        /** True when one of the two is a prey and the other a predator. */
        public boolean isPreyPredator() {
            return (roleA.equals(PREY) && roleB.equals(PREDATOR))
                    || (roleA.equals(PREDATOR) && roleB.equals(PREY));
        }
    }

    /**
     * A pair at one evaluation.
     *
     * @param step the round evaluated
     * @param distance |x_a − x_b|
     * @param speedA a's displacement since the previous evaluation, per step
     * @param speedB b's displacement since the previous evaluation, per step
     */
    public record PairSample(long step, double distance, double speedA, double speedB) {
    }
}
