package org.huntlab.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.huntlab.dynamics.LearningRate;
import org.huntlab.dynamics.RandomStreams;
import org.huntlab.dynamics.Sgd;
import org.huntlab.interaction.Action;
import org.huntlab.interaction.Aggregation;
import org.huntlab.interaction.ConstantKernel;
import org.huntlab.interaction.Coupling;
import org.huntlab.landscape.Ravine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Asynchronous mode: no barrier, the latest source position, and its measured staleness. */
class AsyncAgentTest {

    private static final ActorTestKit KIT = ActorTestKit.create();
    private static final double ETA = 0.5;
    /** Flat along x1, so only the interaction moves a wolf that starts at x2 = 0. */
    private static final Ravine FLAT = new Ravine(2, 10, 0);

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    @Test
    void aFreeRunningAgentUsesTheLatestPositionAndReportsHowOldItWas() {
        Coupling chase = new Coupling(List.of("prey"), Action.CHASE, new ConstantKernel(1.0),
                Aggregation.SUM);
        AgentPlan plan = new AgentPlan("wolf", "predator", new double[] {0, 0},
                rng -> new Sgd(LearningRate.of(0.1), 0), List.of(chase));
        ActorRef<Agent.Command> wolf = KIT.spawn(Agent.create(plan, FLAT, ETA,
                RandomStreams.stream(1, "wolf")));
        TestProbe<Agent.Report> probe = KIT.createTestProbe();
        TestProbe<Agent.Command> prey = KIT.createTestProbe();
        wolf.tell(new Agent.Connect(Map.of("prey", prey.getRef())));
        // the prey's round-1 position is the only one the wolf will ever hold
        wolf.tell(new Agent.Position("prey", 1, new double[] {10, 0}));
        wolf.tell(new Agent.Run(4, 2, probe.getRef()));

        Agent.Stepped second = probe.expectMessageClass(Agent.Stepped.class);
        Agent.Stepped fourth = probe.expectMessageClass(Agent.Stepped.class);
        assertEquals(2, second.round());
        assertEquals(4, fourth.round());
        // rounds 1, 2 used the round-1 position: k − k_s = 0, 1; rounds 3, 4: 2, 3
        assertEquals(0.5, second.staleness(), 0.0, "mean of 0 and 1, exact in binary");
        assertEquals(2.5, fourth.staleness(), 0.0, "mean of 2 and 3, exact in binary");
        // no gradient along x1 and x2 = 0: four chase steps of η·V0 toward (10, 0)
        assertArrayEquals(new double[] {4 * ETA, 0}, fourth.position(), 1e-15);
        assertEquals(4, fourth.gradientCalls());
        for (int k = 1; k <= 4; k++) {
            Agent.Position sent = prey.expectMessageClass(Agent.Position.class);
            assertEquals(k, sent.round(), "the wolf announces every round without waiting");
        }
    }
}
