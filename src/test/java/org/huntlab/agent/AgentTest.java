package org.huntlab.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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
import org.huntlab.landscape.Quadratic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The agent protocol: a round, a round that waits for a missing position, a stop. */
class AgentTest {

    private static final ActorTestKit KIT = ActorTestKit.create();
    private static final double LR = 0.1;
    private static final double ETA = 0.5;
    private static final Quadratic BOWL = new Quadratic(2, 1.0);

    @AfterAll
    static void shutdown() {
        KIT.shutdownTestKit();
    }

    private static ActorRef<Agent.Command> spawn(String id, double[] start, List<Coupling> c) {
        AgentPlan plan = new AgentPlan(id, "walker", start,
                rng -> new Sgd(LearningRate.of(LR), 0), c);
        return KIT.spawn(Agent.create(plan, BOWL, ETA, RandomStreams.stream(1, id)));
    }

    @Test
    void aRoundIsOneGradientStep() {
        ActorRef<Agent.Command> agent = spawn("lone", new double[] {1, -2}, List.of());
        TestProbe<Agent.Report> probe = KIT.createTestProbe();
        agent.tell(new Agent.Step(1, true, probe.getRef()));
        Agent.Stepped s = probe.expectMessageClass(Agent.Stepped.class);
        // ∇f = x on the unit bowl, so SGD gives x·(1 − α)
        assertArrayEquals(new double[] {0.9, -1.8}, s.position(), 1e-15);
        assertEquals(2.5, s.loss(), 1e-15, "the loss seen by the round's gradient is f(x0)");
        assertEquals(1, s.gradientCalls());
        assertEquals(BOWL.value(s.position()), s.evaluation().trainLoss(), 1e-15);
    }

    @Test
    void aRoundWaitsForTheMissingPositionThenInteracts() {
        Coupling chase = new Coupling(List.of("prey"), Action.CHASE, new ConstantKernel(1.0),
                Aggregation.SUM);
        ActorRef<Agent.Command> wolf = spawn("wolf", new double[] {0, 0}, List.of(chase));
        TestProbe<Agent.Report> probe = KIT.createTestProbe();
        TestProbe<Agent.Command> prey = KIT.createTestProbe();
        wolf.tell(new Agent.Connect(Map.of("prey", prey.getRef())));
        wolf.tell(new Agent.Step(1, true, probe.getRef()));

        Agent.Position sent = prey.expectMessageClass(Agent.Position.class);
        assertEquals("wolf", sent.source());
        probe.expectNoMessage(Duration.ofMillis(200));

        wolf.tell(new Agent.Position("prey", 1, new double[] {3, 4}));
        Agent.Stepped s = probe.expectMessageClass(Agent.Stepped.class);
        // at the origin the gradient is zero; the chase moves η·V0 toward the prey at (3, 4)
        assertArrayEquals(new double[] {ETA * 0.6, ETA * 0.8}, s.position(), 1e-15);
    }

    @Test
    void aStaleOrEarlyPositionDoesNotCompleteTheWrongRound() {
        Coupling flee = new Coupling(List.of("wolf"), Action.FLEE, new ConstantKernel(2.0),
                Aggregation.SUM);
        ActorRef<Agent.Command> prey = spawn("prey", new double[] {0, 0}, List.of(flee));
        TestProbe<Agent.Report> probe = KIT.createTestProbe();
        prey.tell(new Agent.Position("wolf", 2, new double[] {0, 1}));
        prey.tell(new Agent.Step(1, true, probe.getRef()));
        probe.expectNoMessage(Duration.ofMillis(200));
        prey.tell(new Agent.Position("wolf", 1, new double[] {1, 0}));
        Agent.Stepped first = probe.expectMessageClass(Agent.Stepped.class);
        assertArrayEquals(new double[] {-2 * ETA, 0}, first.position(), 1e-15);
        prey.tell(new Agent.Step(2, false, probe.getRef()));
        Agent.Stepped second = probe.expectMessageClass(Agent.Stepped.class);
        assertEquals(2, second.round(), "round 2 used the position that arrived early");
    }

    @Test
    void aDivergingAgentReportsTheRound() {
        AgentPlan plan = new AgentPlan("hot", "walker", new double[] {1e200, 0},
                rng -> new Sgd(LearningRate.of(LR), 0), List.of());
        ActorRef<Agent.Command> agent = KIT.spawn(Agent.create(plan, BOWL, ETA,
                RandomStreams.stream(1, "hot")));
        TestProbe<Agent.Report> probe = KIT.createTestProbe();
        agent.tell(new Agent.Step(4, true, probe.getRef()));
        Agent.Diverged d = probe.expectMessageClass(Agent.Diverged.class);
        assertEquals("hot", d.agent());
        assertEquals(4, d.round());
    }

    @Test
    void stopTerminatesTheAgent() {
        ActorRef<Agent.Command> agent = spawn("short", new double[] {1, 1}, List.of());
        TestProbe<Agent.Report> probe = KIT.createTestProbe();
        agent.tell(Agent.Stop.INSTANCE);
        probe.expectTerminated(agent, Duration.ofSeconds(3));
    }
}
