package org.huntlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.huntlab.agent.AgentPlan;
import org.huntlab.dynamics.RandomStreams;
import org.huntlab.hunt.ScheduleMode;
import org.huntlab.hunt.Scheme;
import org.junit.jupiter.api.Test;

/** {@code count}, {@code pairwise} and {@code schedule.mode} in specs. */
class AgentCountTest {

    private static final String SWARM = """
            name: swarm
            seed: 3
            landscape: {type: double-well, dimension: 2}
            agents:
              - {id: w, role: walker, count: 1000,
                 optimizer: {type: sgld, lr: 0.01, temperature: 0.3}}
            schedule: {mode: async, maxSteps: 10}
            """;

    private static final String PAIRS = """
            name: pairs
            landscape: {type: ravine, dimension: 2}
            agents:
              - {id: prey, role: prey, count: 3, optimizer: {type: sgd}}
              - {id: wolf, role: predator, count: 3, optimizer: {type: sgd},
                 init: {from: prey, offset: 0.5}}
            couplings:
              - {target: prey, source: wolf, action: flee, pairwise: true,
                 kernel: {type: exponential, k0: 2.0}}
              - {target: role:predator, source: role:prey, action: chase, pairwise: true,
                 kernel: {type: constant, k0: 1.0}}
            """;

    private static SpecException fails(String yaml) {
        return assertThrows(SpecException.class,
                () -> SpecLoader.parse("s.yaml", yaml, List.of()));
    }

    @Test
    void countExpandsIntoThatManyWalkersWithDistinctStreamsAndStarts() {
        Scheme scheme = SpecLoader.parse("s.yaml", SWARM, List.of()).spec().toScheme();
        assertEquals(1000, scheme.agents().size());
        assertEquals("w-1", scheme.agents().get(0).id());
        assertEquals("w-1000", scheme.agents().get(999).id());
        assertEquals(ScheduleMode.ASYNC, scheme.mode());
        Set<Long> firstDraws = new HashSet<>();
        Set<Double> starts = new HashSet<>();
        for (AgentPlan plan : scheme.agents()) {
            assertEquals("walker", plan.role());
            firstDraws.add(RandomStreams.stream(scheme.seed(), "agent/" + plan.id()).nextLong());
            starts.add(plan.start()[0]);
        }
        // 1000 64-bit draws collide with probability ~ 1000²/2^65: never, unless streams repeat
        assertEquals(1000, firstDraws.size(), "every walker has its own random stream");
        assertEquals(1000, starts.size(), "every walker has its own seeded starting point");
    }

    @Test
    void pairwiseCouplesTheKthPreyWithTheKthWolfOnly() {
        Scheme scheme = SpecLoader.parse("s.yaml", PAIRS, List.of()).spec().toScheme();
        assertEquals(6, scheme.agents().size());
        for (int k = 1; k <= 3; k++) {
            assertEquals(List.of("wolf-" + k), scheme.agent("prey-" + k).sources());
            assertEquals(List.of("prey-" + k), scheme.agent("wolf-" + k).sources());
            double r = org.huntlab.interaction.Interaction.distance(
                    scheme.agent("prey-" + k).start(), scheme.agent("wolf-" + k).start());
            assertEquals(0.5, r, 1e-12, "wolf-k starts from prey-k at the offset");
        }
    }

    @Test
    void connectedMomentsFollowPairwiseCouplings() {
        SimulationSpec spec = SpecLoader.parse("s.yaml", PAIRS.replace("{type: sgd}",
                "{type: adam}") + "interaction: {connectedMoments: true}\n", List.of()).spec();
        assertEquals(List.of("prey-2", "wolf-2"), spec.connected("wolf-2"),
                "a pair shares its moments, not the whole population");
    }

    @Test
    void countZeroIsAnError() {
        SpecException e = fails(SWARM.replace("count: 1000", "count: 0"));
        assertEquals("agents[0].count", e.path());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("count must be ≥ 1"), e.getMessage());
    }

    @Test
    void unknownScheduleModeListsLockstepAndAsync() {
        SpecException e = fails(SWARM.replace("mode: async", "mode: eventually"));
        assertEquals("schedule.mode", e.path());
        assertEquals(7, e.line());
        assertTrue(e.getMessage().contains("unknown schedule mode 'eventually'; allowed: "
                + "lockstep, async"), e.getMessage());
    }

    @Test
    void asyncWithConnectedMomentsIsAnErrorAtTheMode() {
        SpecException e = fails(PAIRS.replace("- {id: prey,", "- {id: prey,")
                + "interaction: {connectedMoments: true}\nschedule: {mode: async}\n");
        assertEquals("schedule.mode", e.path());
        assertTrue(e.getMessage().contains("use mode: lockstep"), e.getMessage());
    }

    @Test
    void pairwiseWithUnequalSidesIsAnError() {
        SpecException e = fails(PAIRS.replace("role: predator, count: 3",
                "role: predator, count: 2"));
        assertTrue(e.getMessage().contains("stands for 3 agents")
                || e.getMessage().contains("pairwise"), e.getMessage());
        SpecException unequal = fails(PAIRS.replace("role: predator, count: 3",
                "role: predator, count: 2").replace("init: {from: prey, offset: 0.5}",
                "init: {from: prey-1, offset: 0.5}"));
        assertEquals("couplings[0].pairwise", unequal.path());
    }
}
