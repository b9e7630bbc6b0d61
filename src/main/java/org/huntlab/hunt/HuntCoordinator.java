package org.huntlab.hunt;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.huntlab.agent.Cohort;
import org.huntlab.dynamics.RandomStreams;

/**
 * Runs a scheme, in lockstep or asynchronously, and feeds the evaluations to a listener.
 *
 * <p>Lockstep: each round every agent steps and interacts, then reports; the coordinator
 * starts round k+1 only when every agent has reported round k, so the numbers depend only on
 * the spec and the seed. Between rounds it places the agents whose {@link Placement} is due,
 * from the positions reported at the end of the round. Free agents (coupled to nobody, with
 * no placement and no shared moments) run in {@link Cohort}s of {@code cohortSize} when that
 * is above 1: fewer messages, the same numbers (lockstep only; in async mode every agent is
 * an actor of its own).
 *
 * <p>Asynchronous ({@link ScheduleMode#ASYNC}): the coordinator sends every agent one
 * {@link Agent.Run} and steps out of the way. Each agent steps at its own pace, using the
 * latest position it holds of each source, and reports every {@code evalEvery} of its own
 * rounds; the coordinator keeps the reports of each evaluation round until every agent has
 * sent its own, then records that round (the agents' reports of the same round number, taken
 * at different wall times), checks the stop condition and ends the run after round
 * {@code maxSteps} or at the stop. Asynchronous mode is not reproducible: which position of a
 * source an agent uses depends on thread scheduling, so two runs of one spec and seed differ
 * as soon as agents are coupled; only uncoupled agents (and a lone agent) give the lockstep
 * numbers. The staleness each agent reports measures how far behind the positions it used
 * were. It takes neither placements nor connected momenta, the listener hears
 * {@code progressed} only at evaluations, and the gradient calls of a run that diverges are
 * those of the last recorded evaluation.
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
    private final List<ActorRef<Agent.Command>> cohorts = new java.util.ArrayList<>();
    private final Map<String, Integer> order = new HashMap<>();
    private final ActorRef<Agent.Report> reports;
    private final Agent.Stepped[] received;
    private final TreeMap<Long, Agent.Stepped[]> asyncReports = new TreeMap<>();
    private final Map<Long, Integer> asyncCounts = new HashMap<>();
    private final long started = System.nanoTime();
    private final Map<String, Long> placementStart = new HashMap<>();
    private final Map<String, UniformRandomProvider> placementRandom = new HashMap<>();
    private final Map<String, java.util.ArrayDeque<double[]>> history = new HashMap<>();
    private long round;
    private int pending;

    private HuntCoordinator(ActorContext<Command> context, Scheme scheme,
                            HuntListener listener, ActorRef<Outcome> replyTo, int cohortSize) {
        super(context);
        this.scheme = scheme;
        this.listener = listener;
        this.replyTo = replyTo;
        this.reports = context.messageAdapter(Agent.Report.class, AgentReport::new);
        this.received = new Agent.Stepped[scheme.agents().size()];
        DispatcherSelector gradient = DispatcherSelector.fromConfig(GRADIENT_DISPATCHER);
        scheme.landscape().shareCores(scheme.agents().size());
        List<AgentPlan> free = cohortSize > 1 && scheme.mode() == ScheduleMode.LOCKSTEP
                ? freeAgents(scheme) : List.of();
        java.util.Set<String> inCohort = new java.util.HashSet<>();
        free.forEach(p -> inCohort.add(p.id()));
        for (AgentPlan plan : scheme.agents()) {
            order.put(plan.id(), order.size());
            if (inCohort.contains(plan.id())) {
                continue;
            }
            var rng = RandomStreams.stream(scheme.seed(), "agent/" + plan.id());
            var behavior = Agent.create(plan, scheme.landscape(), scheme.rule(), rng);
            agents.put(plan.id(), context.spawn(behavior, "agent-" + sanitize(plan.id()),
                    gradient));
        }
        for (int from = 0; from < free.size(); from += cohortSize) {
            List<AgentPlan> block = free.subList(from, Math.min(free.size(), from + cohortSize));
            String name = "cohort-" + (from / cohortSize + 1);
            cohorts.add(context.spawn(Cohort.create(name, block, scheme.landscape(),
                    scheme.seed()), name, gradient));
        }
        for (AgentPlan plan : scheme.agents()) {
            if (inCohort.contains(plan.id())) {
                continue;
            }
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
        context.getLog().info("run {}: {} agents ({} in {} cohorts), {} {} rounds at most",
                scheme.name(), scheme.agents().size(), free.size(), cohorts.size(),
                scheme.maxSteps(), scheme.mode().name().toLowerCase(java.util.Locale.ROOT));
        if (scheme.mode() == ScheduleMode.ASYNC) {
            Agent.Run run = new Agent.Run(scheme.maxSteps(), scheme.evalEvery(), reports);
            agents.values().forEach(ref -> ref.tell(run));
        } else {
            nextRound();
        }
    }

    /** A coordinator that runs {@code scheme} at once and sends the outcome to replyTo. */
    public static Behavior<Command> create(Scheme scheme, HuntListener listener,
                                           ActorRef<Outcome> replyTo) {
        return create(scheme, listener, replyTo, 1);
    }

    /**
     * A coordinator that runs the free agents of {@code scheme} in cohorts of
     * {@code cohortSize} (none when it is 1 or less).
     */
    public static Behavior<Command> create(Scheme scheme, HuntListener listener,
                                           ActorRef<Outcome> replyTo, int cohortSize) {
        return Behaviors.setup(context -> new HuntCoordinator(context, scheme, listener,
                replyTo, cohortSize));
    }

    /** The agents that no coupling, placement or moment group ties to another, in order. */
    static List<AgentPlan> freeAgents(Scheme scheme) {
        java.util.Set<String> tied = new java.util.HashSet<>();
        for (AgentPlan plan : scheme.agents()) {
            if (!plan.couplings().isEmpty() || !plan.momentGroup().isEmpty() || plan.dormant()) {
                tied.add(plan.id());
            }
            tied.addAll(plan.sources());
        }
        for (Placement p : scheme.placements()) {
            tied.add(p.agent());
            tied.add(p.from());
        }
        return scheme.agents().stream().filter(p -> !tied.contains(p.id())).toList();
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder().onMessage(AgentReport.class, this::onReport).build();
    }

    private Behavior<Command> onReport(AgentReport message) {
        Agent.Report report = message.report();
        if (report instanceof Agent.Diverged d) {
            if (scheme.mode() == ScheduleMode.ASYNC) {
                round = d.round();
            }
            return finish(Outcome.Ending.DIVERGED, "agent " + d.agent() + " diverged at step "
                    + d.round() + ": " + d.reason() + " (a smaller learning rate or "
                    + "interaction step may help)");
        }
        if (scheme.mode() == ScheduleMode.ASYNC) {
            return onAsyncReport((Agent.Stepped) report);
        }
        if (report instanceof Agent.CohortStepped block) {
            for (Agent.Stepped member : block.reports()) {
                received[order.get(member.agent())] = member;
            }
            pending -= block.members();
        } else {
            Agent.Stepped stepped = (Agent.Stepped) report;
            received[order.get(stepped.agent())] = stepped;
            pending--;
        }
        if (pending > 0) {
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

    /** Records an asynchronous evaluation round once every agent has reported it. */
    private Behavior<Command> onAsyncReport(Agent.Stepped stepped) {
        long k = stepped.round();
        Agent.Stepped[] row = asyncReports.computeIfAbsent(k,
                r -> new Agent.Stepped[received.length]);
        row[order.get(stepped.agent())] = stepped;
        int count = asyncCounts.merge(k, 1, Integer::sum);
        if (count < received.length) {
            return this;
        }
        asyncReports.remove(k);
        asyncCounts.remove(k);
        round = k;
        System.arraycopy(row, 0, received, 0, row.length);
        try {
            listener.progressed(k);
            listener.evaluated(k, List.of(row));
            var stop = scheme.stop();
            if (stop.isPresent() && stop.get().reached(
                    row[order.get(stop.get().agent())].evaluation())) {
                return finish(Outcome.Ending.STOPPED, "stopped at step " + k + ": "
                        + stop.get().agent() + " reached " + stop.get().metric());
            }
        } catch (RuntimeException e) {
            return finish(Outcome.Ending.FAILED, "run " + scheme.name() + " failed at step "
                    + k + ": " + e.getMessage());
        }
        if (k >= scheme.maxSteps()) {
            return finish(Outcome.Ending.MAX_STEPS, "ran all " + k + " steps");
        }
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
        pending = received.length;
        Arrays.fill(received, null);
        boolean evaluate = isEvaluation(round);
        Agent.Step step = new Agent.Step(round, evaluate, evaluate || positionNeeded(round),
                reports);
        agents.values().forEach(ref -> ref.tell(step));
        cohorts.forEach(ref -> ref.tell(step));
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
