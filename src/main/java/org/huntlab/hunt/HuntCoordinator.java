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
import org.huntlab.agent.Agent;
import org.huntlab.agent.AgentPlan;
import org.huntlab.dynamics.RandomStreams;

/**
 * Runs a scheme in lockstep: each round every agent steps and interacts, then reports.
 *
 * <p>The coordinator starts round k+1 only when every agent has reported round k, so the
 * numbers depend only on the spec and the seed.
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
        for (AgentPlan plan : scheme.agents()) {
            var rng = RandomStreams.stream(scheme.seed(), "agent/" + plan.id());
            var behavior = Agent.create(plan, scheme.landscape(), scheme.interactionStep(), rng);
            order.put(plan.id(), order.size());
            agents.put(plan.id(), context.spawn(behavior, "agent-" + sanitize(plan.id()),
                    gradient));
        }
        for (AgentPlan plan : scheme.agents()) {
            Map<String, ActorRef<Agent.Command>> subscribers = new LinkedHashMap<>();
            for (String id : Agent.subscribersOf(plan.id(), scheme.agents())) {
                subscribers.put(id, agents.get(id));
            }
            agents.get(plan.id()).tell(new Agent.Connect(subscribers));
        }
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
                    + d.round() + ": " + d.reason());
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
        nextRound();
        return this;
    }

    private boolean isEvaluation(long k) {
        return k % scheme.evalEvery() == 0 || k == scheme.maxSteps();
    }

    private void nextRound() {
        round++;
        pending = agents.size();
        Arrays.fill(received, null);
        Agent.Step step = new Agent.Step(round, isEvaluation(round), reports);
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
            getContext().getLog().error("run {}: {}", scheme.name(), message);
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
