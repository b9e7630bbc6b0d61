package org.huntlab.hunt;

import java.util.List;
import java.util.Optional;
import org.huntlab.agent.AgentPlan;
import org.huntlab.landscape.Landscape;

/**
 * A hunt ready to run: the agents with their couplings on one landscape, and the schedule.
 *
 * @param name the run's name, for logs and files
 * @param seed the run seed every random stream derives from
 * @param interactionStep η, the scale of every interaction displacement
 * @param maxSteps the number of lockstep rounds at most
 * @param evalEvery evaluate (metrics, positions) every this many rounds and at the end
 * @param stop an optional early stop
 */
public record Scheme(String name, long seed, Landscape landscape, List<AgentPlan> agents,
                     double interactionStep, long maxSteps, long evalEvery,
                     Optional<StopCondition> stop) {

    /** Copies the agent list. */
    public Scheme {
        agents = List.copyOf(agents);
    }

    /** The agent with this id. */
    public AgentPlan agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no agent '" + id + "'"));
    }
}
