package org.huntlab.hunt;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huntlab.agent.Agent;
import org.huntlab.agent.AgentDynamics;
import org.huntlab.agent.AgentPlan;
import org.huntlab.dynamics.RandomStreams;
import org.huntlab.interaction.InteractionMode;

/**
 * Times a scheme's lockstep rounds run by actors against the same rounds run by a plain loop
 * over {@link AgentDynamics}: the same arithmetic on the same random streams, so the final
 * positions agree bit for bit and the ratio of the times is the cost of the actors.
 *
 * <p>Only the rounds after {@code warmup} and before the last are timed, so that neither the
 * start-up (spawning, JIT) nor the final evaluation counts. The plain loop does in one
 * thread what the actors spread over the dispatcher's threads.
 */
public final class ActorBenchmark {

    private ActorBenchmark() {
    }

    /**
     * The time of some rounds and the positions after the last round.
     *
     * @param seconds the wall time of the timed rounds
     * @param rounds how many rounds were timed
     * @param agents the number of agents
     * @param positions every agent's position after the last round, in scheme order
     */
    public record Timing(double seconds, long rounds, int agents, List<double[]> positions) {

        /** Agent-steps (one agent, one round) per second. */
        public double agentStepsPerSecond() {
            return rounds * (double) agents / seconds;
        }

        /** Nanoseconds per agent-step. */
        public double nanosPerAgentStep() {
            return seconds * 1e9 / (rounds * (double) agents);
        }

        /** True when every final position equals {@code other}'s bit for bit. */
        public boolean samePositions(Timing other) {
            if (positions.size() != other.positions.size()) {
                return false;
            }
            for (int i = 0; i < positions.size(); i++) {
                if (!java.util.Arrays.equals(positions.get(i), other.positions.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Runs {@code scheme} (lockstep, evaluated only at its last round) by actors, free agents
     * in cohorts of {@code cohortSize}, and times rounds warmup + 1 to maxSteps − 1.
     */
    public static Timing actors(Scheme scheme, Config config, int cohortSize, long warmup) {
        check(scheme, warmup);
        long[] marks = new long[2];
        List<double[]> positions = new ArrayList<>();
        HuntListener timer = new HuntListener() {
            @Override
            public void evaluated(long round, List<Agent.Stepped> reports) {
                if (round == scheme.maxSteps()) {
                    reports.forEach(r -> positions.add(r.position()));
                }
            }

            @Override
            public void progressed(long round) {
                if (round == warmup) {
                    marks[0] = System.nanoTime();
                } else if (round == scheme.maxSteps() - 1) {
                    marks[1] = System.nanoTime();
                }
            }
        };
        Outcome outcome = Hunt.run(scheme, timer, config, cohortSize);
        if (!outcome.ok()) {
            throw new IllegalStateException("benchmark run failed: " + outcome.message());
        }
        return new Timing((marks[1] - marks[0]) / 1e9, scheme.maxSteps() - 1 - warmup,
                scheme.agents().size(), positions);
    }

    /**
     * Runs {@code scheme} by a plain loop in this thread — per round every agent's gradient
     * and optimizer step, then every coupled agent's split interaction step from the new
     * positions — and times rounds warmup + 1 to maxSteps − 1.
     */
    public static Timing plainLoop(Scheme scheme, long warmup) {
        check(scheme, warmup);
        List<AgentDynamics> agents = new ArrayList<>();
        for (AgentPlan plan : scheme.agents()) {
            agents.add(new AgentDynamics(plan, scheme.landscape(),
                    RandomStreams.stream(scheme.seed(), "agent/" + plan.id())));
        }
        java.util.Set<String> sources = new java.util.HashSet<>();
        scheme.agents().forEach(p -> sources.addAll(p.sources()));
        Map<String, double[]> positions = new HashMap<>();
        long start = 0;
        long end = 0;
        for (long k = 1; k <= scheme.maxSteps(); k++) {
            for (AgentDynamics a : agents) {
                if (!Double.isFinite(a.gradient())) {
                    throw new IllegalStateException("agent " + a.plan().id() + " diverged at "
                            + "step " + k);
                }
                a.optimize();
            }
            if (!sources.isEmpty()) {
                for (AgentDynamics a : agents) {
                    if (sources.contains(a.plan().id())) {
                        positions.put(a.plan().id(), a.position());
                    }
                }
                for (AgentDynamics a : agents) {
                    if (!a.plan().couplings().isEmpty()) {
                        a.interact(positions, scheme.interactionStep());
                    }
                }
            }
            if (k == warmup) {
                start = System.nanoTime();
            } else if (k == scheme.maxSteps() - 1) {
                end = System.nanoTime();
            }
        }
        return new Timing((end - start) / 1e9, scheme.maxSteps() - 1 - warmup, agents.size(),
                agents.stream().map(AgentDynamics::position).toList());
    }

    private static void check(Scheme scheme, long warmup) {
        if (warmup < 1 || scheme.maxSteps() < warmup + 2) {
            throw new IllegalArgumentException("need warmup ≥ 1 and maxSteps ≥ warmup + 2");
        }
        if (scheme.rule().mode() != InteractionMode.SPLIT || !scheme.placements().isEmpty()
                || scheme.mode() != ScheduleMode.LOCKSTEP || scheme.agents().stream()
                .anyMatch(a -> a.dormant() || !a.momentGroup().isEmpty())) {
            throw new IllegalArgumentException("the plain loop runs lockstep split-mode "
                    + "schemes without placements or connected momenta");
        }
    }
}
