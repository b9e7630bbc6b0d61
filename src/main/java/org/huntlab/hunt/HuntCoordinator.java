package org.huntlab.hunt;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.UnitSphereSampler;
import org.huntlab.agent.Agent;
import org.huntlab.agent.AgentPlan;
import org.huntlab.dynamics.RandomStreams;

/**
 * Runs a scheme in lockstep: each round every agent steps and interacts, then reports.
 *
 * <p>The coordinator starts round k+1 only when every agent has reported round k, so the
 * numbers depend only on the spec and the seed. Between rounds it places the agents whose
 * {@link Placement} is due, from the positions reported at the end of the round.
 */
public final class HuntCoordinator extends AbstractBehavior<HuntCoordinator.Command> {

    /** The dispatcher (configured in reference.conf) that runs gradient work. */
    public static final String GRADIENT_DISPATCHER = "huntlab.gradient-dispatcher";

    /** The coordinator's messages. */
    public sealed interface Command {
    }

    private record AgentReport(Agent.Report report) implements Command {
    }

    private final Scheme scheme;
    private final HuntListener listener;
    private final ActorRef<Outcome> replyTo;
    private final Map<String, ActorRef<Agent.Command>> agents = new LinkedHashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final ActorRef<Agent.Report> reports;
    private final Agent.Stepped[] received;
    private final long started = System.nanoTime();
    private final Map<String, Long> placementStart = new HashMap<>();
    private final Map<String, UniformRandomProvider> placementRandom = new HashMap<>();
    private final Map<String, java.util.ArrayDeque<double[]>> history = new HashMap<>();
    private long round;
    private int pending;

    private HuntCoordinator(ActorContext<Command> context, Scheme scheme,
                            HuntListener listener, ActorRef<Outcome> replyTo) {
        super(context);
        this.scheme = scheme;
        this.listener = listener;
        this.replyTo = replyTo;
        this.reports = context.messageAdapter(Agent.Report.class, AgentReport::new);
        this.received = new Agent.Stepped[scheme.agents().size()];
        DispatcherSelector gradient = DispatcherSelector.fromConfig(GRADIENT_DISPATCHER);
        scheme.landscape().shareCores(scheme.agents().size());
        for (AgentPlan plan : scheme.agents()) {
            var rng = RandomStreams.stream(scheme.seed(), "agent/" + plan.id());
            var behavior = Agent.create(plan, scheme.landscape(), scheme.rule(), rng);
            order.put(plan.id(), order.size());
            agents.put(plan.id(), context.spawn(behavior, "agent-" + sanitize(plan.id()),
                    gradient));
        }
        for (AgentPlan plan : scheme.agents()) {
            Map<String, ActorRef<Agent.Command>> subscribers = new LinkedHashMap<>();
            for (String id : Agent.subscribersOf(plan.id(), scheme.agents())) {
                subscribers.put(id, agents.get(id));
            }
            Map<String, ActorRef<Agent.Command>> group = new LinkedHashMap<>();
            for (String id : plan.momentGroup()) {
                if (!id.equals(plan.id())) {
                    group.put(id, agents.get(id));
                }
            }
            agents.get(plan.id()).tell(new Agent.Connect(subscribers, group));
        }
        for (Placement p : scheme.placements()) {
            placementStart.put(p.agent(), p.at());
            placementRandom.put(p.agent(), RandomStreams.stream(scheme.seed(),
                    "place/" + p.agent()));
        }
        place(1, id -> scheme.agent(id).start());
        context.getLog().info("run {}: {} agents, {} rounds at most", scheme.name(),
                agents.size(), scheme.maxSteps());
        nextRound();
    }

    /** A coordinator that runs {@code scheme} at once and sends the outcome to replyTo. */
    public static Behavior<Command> create(Scheme scheme, HuntListener listener,
                                           ActorRef<Outcome> replyTo) {
        return Behaviors.setup(context -> new HuntCoordinator(context, scheme, listener,
                replyTo));
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder().onMessage(AgentReport.class, this::onReport).build();
    }

    private Behavior<Command> onReport(AgentReport message) {
        Agent.Report report = message.report();
        if (report instanceof Agent.Diverged d) {
            return finish(Outcome.Ending.DIVERGED, "agent " + d.agent() + " diverged at step "
                    + d.round() + ": " + d.reason() + " (a smaller learning rate or "
                    + "interaction step may help)");
        }
        Agent.Stepped stepped = (Agent.Stepped) report;
        received[order.get(stepped.agent())] = stepped;
        if (--pending > 0) {
            return this;
        }
        try {
            listener.progressed(round);
            if (isEvaluation(round)) {
                List<Agent.Stepped> all = List.of(received);
                listener.evaluated(round, all);
                watchMemorization();
                var stop = scheme.stop();
                if (stop.isPresent() && stop.get().reached(
                        received[order.get(stop.get().agent())].evaluation())) {
                    return finish(Outcome.Ending.STOPPED, "stopped at step " + round + ": "
                            + stop.get().agent() + " reached " + stop.get().metric());
                }
            }
        } catch (RuntimeException e) {
            return finish(Outcome.Ending.FAILED, "run " + scheme.name() + " failed at step "
                    + round + ": " + e.getMessage());
        }
        if (round >= scheme.maxSteps()) {
            return finish(Outcome.Ending.MAX_STEPS, "ran all " + round + " steps");
        }
        remember();
        place(round + 1, this::laggedPosition);
        nextRound();
        return this;
    }

    /** Starts the placements that wait for their source to memorize. */
    private void watchMemorization() {
        for (Placement p : scheme.placements()) {
            if (placementStart.get(p.agent()) == Placement.ON_MEMORIZED) {
                var evaluation = received[order.get(p.from())].evaluation();
                if (evaluation.trainAccuracy() >= p.memorized()) {
                    placementStart.put(p.agent(), round + 1);
                    getContext().getLog().info("run {}: {} memorized at step {}; {} joins",
                            scheme.name(), p.from(), round, p.agent());
                }
            }
        }
    }

    /** Sends the placements due before round {@code k}, from positions after round k − 1. */
    private void place(long k, Function<String, double[]> positionOf) {
        for (Placement p : scheme.placements()) {
            if (!p.dueBefore(k, placementStart.get(p.agent()))) {
                continue;
            }
            double[] from = positionOf.apply(p.from());
            double[] x = new double[from.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = p.scale() * from[i];
            }
            if (p.offset() > 0) {
                double[] u = UnitSphereSampler.of(placementRandom.get(p.agent()), x.length)
                        .sample();
                for (int i = 0; i < x.length; i++) {
                    x[i] += p.offset() * u[i];
                }
            }
            agents.get(p.agent()).tell(new Agent.Place(x));
        }
    }

    /** Keeps the last positions of agents that lagged placements copy. */
    private void remember() {
        for (Placement p : scheme.placements()) {
            if (p.lag() > 0) {
                var past = history.computeIfAbsent(p.from(), id -> new java.util.ArrayDeque<>());
                past.addLast(received[order.get(p.from())].position());
                while (past.size() > p.lag() + 1) {
                    past.removeFirst();
                }
            }
        }
    }

    /** The position of {@code id} after this round, or lagged when a placement asks so. */
    private double[] laggedPosition(String id) {
        var past = history.get(id);
        return past == null ? received[order.get(id)].position() : past.peekFirst();
    }

    /** True when some placement needs {@code id}'s position after round k. */
    private boolean positionNeeded(long k) {
        if (!history.isEmpty() || scheme.placements().stream().anyMatch(p -> p.lag() > 0)) {
            return true;
        }
        for (Placement p : scheme.placements()) {
            long start = placementStart.get(p.agent());
            if (start == Placement.ON_MEMORIZED ? false : p.dueBefore(k + 1, start)) {
                return true;
            }
        }
        return false;
    }

    private boolean isEvaluation(long k) {
        return k % scheme.evalEvery() == 0 || k == scheme.maxSteps();
    }

    private void nextRound() {
        round++;
        pending = agents.size();
        Arrays.fill(received, null);
        boolean evaluate = isEvaluation(round);
        Agent.Step step = new Agent.Step(round, evaluate, evaluate || positionNeeded(round),
                reports);
        agents.values().forEach(ref -> ref.tell(step));
    }

    private Behavior<Command> finish(Outcome.Ending ending, String message) {
        Map<String, Long> calls = new LinkedHashMap<>();
        for (AgentPlan plan : scheme.agents()) {
            Agent.Stepped last = received[order.get(plan.id())];
            // in lockstep every agent makes one gradient call per round it started
            calls.put(plan.id(), last != null ? last.gradientCalls() : round);
        }
        long completed = ending == Outcome.Ending.DIVERGED ? round - 1 : round;
        Outcome outcome = new Outcome(completed, ending, message, calls,
                (System.nanoTime() - started) / 1e9);
        if (outcome.ok()) {
            getContext().getLog().info("run {}: {}", scheme.name(), message);
        } else {
            // the caller reports the failure to the user; this line is for the log file
            getContext().getLog().warn("run {}: {}", scheme.name(), message);
        }
        try {
            listener.finished(outcome);
        } catch (RuntimeException e) {
            outcome = new Outcome(completed, Outcome.Ending.FAILED, "run " + scheme.name()
                    + " could not be finished: " + e.getMessage(), calls, outcome.wallSeconds());
        }
        replyTo.tell(outcome);
        return Behaviors.stopped();
    }

    private static String sanitize(String id) {
        StringBuilder b = new StringBuilder();
        for (char c : id.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' ? c : '_');
        }
        return b.toString();
    }
}
