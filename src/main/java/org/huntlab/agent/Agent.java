package org.huntlab.agent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.huntlab.dynamics.Optimizer;
import org.huntlab.interaction.Coupling;
import org.huntlab.interaction.Interaction;
import org.huntlab.landscape.Evaluation;
import org.huntlab.landscape.Landscape;
import org.huntlab.landscape.Oracle;

/**
 * One optimizer walking the landscape, as an actor that owns its parameters.
 *
 * <p>A lockstep round: on {@link Step} the agent takes its gradient step, sends its new
 * position to every agent that reacts to it, waits for the positions of the agents it reacts
 * to, applies the interaction step η·Σ ±K(r)·e and reports {@link Stepped}.
 *
 * @implNote The parameter vector is a {@code double[]} owned by this actor alone; other agents
 *     only ever see copies sent in {@link Position} messages. It is a Java array and not an
 *     ND4J one because an ND4J call costs about 12 µs (measured on a 2-element array), which
 *     would make small analytic landscapes a thousand times slower; learned landscapes hand
 *     the vector to ND4J inside their gradient.
 */
public final class Agent extends AbstractBehavior<Agent.Command> {

    /** The messages an agent understands. */
    public sealed interface Command {
    }

    /** Tells the agent whom to send its position to after each gradient step. */
    public record Connect(Map<String, ActorRef<Command>> subscribers) implements Command {

        /** Copies the map. */
        public Connect {
            subscribers = Map.copyOf(subscribers);
        }
    }

    /** Runs lockstep round {@code round}; {@code evaluate} asks for metrics and position. */
    public record Step(long round, boolean evaluate, ActorRef<Report> replyTo)
            implements Command {
    }

    /**
     * The position of {@code source} after its gradient step of {@code round}.
     *
     * @param x a snapshot that nobody modifies after sending
     */
    public record Position(String source, long round, double[] x) implements Command {
    }

    /** Stops the agent. */
    public enum Stop implements Command {
        /** The single instance. */
        INSTANCE
    }

    /** What an agent answers to a {@link Step}. */
    public sealed interface Report {

        /** The agent's id. */
        String agent();

        /** The round reported on. */
        long round();
    }

    /**
     * A finished round.
     *
     * @param loss the loss seen by the gradient of this round (before the step)
     * @param gradientCalls gradient evaluations made by this agent so far
     * @param evaluation metrics after the round, or null when not asked for
     * @param position a copy of the position after the round, or null when not asked for
     */
    public record Stepped(String agent, long round, double loss, long gradientCalls,
                          Evaluation evaluation, double[] position) implements Report {
    }

    /** The agent's position or loss stopped being finite in {@code round}. */
    public record Diverged(String agent, long round, String reason) implements Report {
    }

    private final AgentPlan plan;
    private final Landscape landscape;
    private final Oracle oracle;
    private final Optimizer optimizer;
    private final double eta;
    private final double[] x;
    private final double[] grad;
    private final double[] push;
    private final List<String> sources;
    private final TreeMap<Long, Map<String, double[]>> inbox = new TreeMap<>();
    private Map<String, ActorRef<Command>> subscribers = Map.of();
    private Step current;
    private double lastLoss;
    private long gradientCalls;

    private Agent(ActorContext<Command> context, AgentPlan plan, Landscape landscape,
                  double eta, UniformRandomProvider rng) {
        super(context);
        this.plan = plan;
        this.landscape = landscape;
        this.oracle = landscape.oracle(rng);
        this.optimizer = plan.optimizer().apply(rng);
        this.eta = eta;
        this.x = plan.start().clone();
        this.grad = new double[x.length];
        this.push = new double[x.length];
        this.sources = plan.sources();
    }

    /**
     * An agent following {@code plan} on {@code landscape} with interaction step {@code eta},
     * drawing all its randomness from {@code rng}.
     */
    public static Behavior<Command> create(AgentPlan plan, Landscape landscape, double eta,
                                           UniformRandomProvider rng) {
        return Behaviors.setup(context -> new Agent(context, plan, landscape, eta, rng));
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Connect.class, this::onConnect)
                .onMessage(Step.class, this::onStep)
                .onMessage(Position.class, this::onPosition)
                .onMessageEquals(Stop.INSTANCE, Behaviors::stopped)
                .build();
    }

    private Behavior<Command> onConnect(Connect connect) {
        subscribers = connect.subscribers();
        return this;
    }

    private Behavior<Command> onStep(Step step) {
        current = step;
        lastLoss = oracle.gradient(x, grad);
        gradientCalls++;
        if (!Double.isFinite(lastLoss)) {
            return diverged("loss is " + lastLoss + " at the start of the round");
        }
        optimizer.step(x, grad);
        if (!subscribers.isEmpty()) {
            double[] snapshot = x.clone();
            Position position = new Position(plan.id(), step.round(), snapshot);
            subscribers.values().forEach(ref -> ref.tell(position));
        }
        return tryFinish();
    }

    private Behavior<Command> onPosition(Position position) {
        if (current != null && position.round() < current.round()) {
            getContext().getLog().warn("agent {}: dropped stale position of {} from round {}",
                    plan.id(), position.source(), position.round());
            return this;
        }
        inbox.computeIfAbsent(position.round(), r -> new HashMap<>())
                .put(position.source(), position.x());
        return current == null ? this : tryFinish();
    }

    private Behavior<Command> tryFinish() {
        Step step = current;
        if (step == null) {
            return this;
        }
        Map<String, double[]> received = inbox.getOrDefault(step.round(), Map.of());
        if (received.size() < sources.size()) {
            return this;
        }
        if (!sources.isEmpty()) {
            java.util.Arrays.fill(push, 0);
            Interaction.accumulate(x, plan.couplings(), received, eta, push);
            for (int i = 0; i < x.length; i++) {
                x[i] += push[i];
            }
        }
        inbox.headMap(step.round(), true).clear();
        current = null;
        if (step.evaluate()) {
            if (!allFinite(x)) {
                return diverged("position is not finite after round " + step.round());
            }
            Evaluation evaluation = landscape.evaluate(x);
            step.replyTo().tell(new Stepped(plan.id(), step.round(), lastLoss, gradientCalls,
                    evaluation, x.clone()));
        } else {
            step.replyTo().tell(new Stepped(plan.id(), step.round(), lastLoss, gradientCalls,
                    null, null));
        }
        if (getContext().getLog().isDebugEnabled()) {
            getContext().getLog().debug("agent {} round {} loss {}", plan.id(), step.round(),
                    lastLoss);
        }
        return this;
    }

    private Behavior<Command> diverged(String reason) {
        Step step = current;
        current = null;
        step.replyTo().tell(new Diverged(plan.id(), step.round(), reason));
        return this;
    }

    private static boolean allFinite(double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }

    /** The ids this agent sends its position to, given every plan of the scheme. */
    public static List<String> subscribersOf(String id, List<AgentPlan> plans) {
        List<String> out = new ArrayList<>();
        for (AgentPlan p : plans) {
            if (p.sources().contains(id)) {
                out.add(p.id());
            }
        }
        return out;
    }
}
