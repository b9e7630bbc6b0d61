package org.huntlab.agent;

import java.util.List;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.huntlab.dynamics.Optimizer;
import org.huntlab.interaction.Coupling;

/**
 * Everything needed to start one agent: who it is, where it starts, how it moves.
 *
 * @param id the agent's unique id
 * @param role its role ({@code prey}, {@code predator}, {@code walker} or a user-named one)
 * @param start the starting position (copied by the agent)
 * @param optimizer makes the agent's optimizer from the agent's own random stream
 * @param couplings the couplings in which this agent is the target
 * @param momentGroup the agents, this one included, that share Adam's second moment
 *     (connected momenta), in scheme order: the order every member sums the group's g² in,
 *     so that all hold bitwise the same estimate; empty for none
 * @param dormant true when the agent waits, without stepping, until it is first placed
 */
public record AgentPlan(String id, String role, double[] start,
                        Function<UniformRandomProvider, Optimizer> optimizer,
                        List<Coupling> couplings, List<String> momentGroup, boolean dormant) {

    /** Copies the lists and the start. */
    public AgentPlan {
        couplings = List.copyOf(couplings);
        momentGroup = List.copyOf(momentGroup);
        start = start.clone();
    }

    /** An always-active agent that shares no moments. */
    public AgentPlan(String id, String role, double[] start,
                     Function<UniformRandomProvider, Optimizer> optimizer,
                     List<Coupling> couplings) {
        this(id, role, start, optimizer, couplings, List.of(), false);
    }

    /** The ids of every agent this one reacts to, in coupling order, without repeats. */
    public List<String> sources() {
        return couplings.stream().flatMap(c -> c.sources().stream()).distinct().toList();
    }
}
