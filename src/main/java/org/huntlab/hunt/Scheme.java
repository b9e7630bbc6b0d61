package org.huntlab.hunt;

import java.util.List;
import java.util.Optional;
import org.huntlab.agent.AgentPlan;
import org.huntlab.interaction.InteractionRule;
import org.huntlab.landscape.Landscape;

/**
 * A hunt ready to run: the agents with their couplings on one landscape, and the schedule.
 *
 * @param name the run's name, for logs and files
 * @param seed the run seed every random stream derives from
 * @param rule the interaction's scale η and mode
 * @param maxSteps the number of lockstep rounds at most
 * @param evalEvery evaluate (metrics, positions) every this many rounds and at the end
 * @param stop an optional early stop
 * @param placements agents placed next to others during the run
 * @param mode lockstep (a barrier each round) or async (none)
 */
public record Scheme(String name, long seed, Landscape landscape, List<AgentPlan> agents,
                     InteractionRule rule, long maxSteps, long evalEvery,
                     Optional<StopCondition> stop, List<Placement> placements,
                     ScheduleMode mode) {

    /** Copies the lists; checks that async mode has no placements nor connected momenta. */
    public Scheme {
        agents = List.copyOf(agents);
        placements = List.copyOf(placements);
        if (mode == ScheduleMode.ASYNC && (!placements.isEmpty()
                || agents.stream().anyMatch(a -> a.dormant() || !a.momentGroup().isEmpty()))) {
            throw new IllegalArgumentException("asynchronous mode takes neither placements "
                    + "nor connected momenta");
        }
    }

    /** A lockstep scheme. */
    public Scheme(String name, long seed, Landscape landscape, List<AgentPlan> agents,
                  InteractionRule rule, long maxSteps, long evalEvery,
                  Optional<StopCondition> stop, List<Placement> placements) {
        this(name, seed, landscape, agents, rule, maxSteps, evalEvery, stop, placements,
                ScheduleMode.LOCKSTEP);
    }

    /** This scheme run in {@code other} mode. */
    public Scheme withMode(ScheduleMode other) {
        return new Scheme(name, seed, landscape, agents, rule, maxSteps, evalEvery, stop,
                placements, other);
    }

    /** The same scheme run for {@code rounds} rounds at most. */
    public Scheme withMaxSteps(long rounds) {
        return new Scheme(name, seed, landscape, agents, rule, rounds, evalEvery, stop,
                placements, mode);
    }

    /** A split-mode scheme with interaction step η and no placements. */
    public Scheme(String name, long seed, Landscape landscape, List<AgentPlan> agents,
                  double interactionStep, long maxSteps, long evalEvery,
                  Optional<StopCondition> stop) {
        this(name, seed, landscape, agents, InteractionRule.split(interactionStep), maxSteps,
                evalEvery, stop, List.of());
    }

    /** η, the scale of every interaction. */
    public double interactionStep() {
        return rule.step();
    }

    /** The agent with this id. */
    public AgentPlan agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no agent '" + id + "'"));
    }
}
