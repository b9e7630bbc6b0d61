package org.huntlab.agent;

import java.util.Arrays;
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
import org.huntlab.interaction.InteractionMode;
import org.huntlab.interaction.InteractionRule;
import org.huntlab.landscape.Evaluation;
import org.huntlab.landscape.Landscape;

/**
 * One optimizer walking the landscape, as an actor that owns its parameters.
 *
 * <p>A lockstep round in split mode: on {@link Step} the agent takes its gradient step, sends
 * its new position to every agent that reacts to it, waits for the positions of the agents it
 * reacts to, applies the interaction step η·Σ ±K(r)·e and reports {@link Stepped}. In force
 * mode the positions are exchanged first and the force enters the gradient. With connected
 * momenta the members of a group also exchange gradients before the optimizer step.
 *
 * <p>A dormant agent (a predator that joins later) neither steps nor counts gradient calls; it
 * still announces its position each round, marked inactive, so nobody waits for it and nobody
 * reacts to it, until a {@link Place} wakes it.
 *
 * <p>In asynchronous mode ({@link Run}) there is no barrier: the agent queues its own rounds
 * behind the messages already in its mailbox, uses the latest position it holds of each
 * source (a source not heard from yet exerts nothing), and counts how many rounds old those
 * positions are (the staleness in {@link Stepped}). The arithmetic is that of
 * {@link AgentDynamics}, shared with the lockstep stages.
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

    /**
     * Tells the agent whom to send its position to, and whom to send its gradient to when it
     * shares moments.
     */
    public record Connect(Map<String, ActorRef<Command>> subscribers,
                          Map<String, ActorRef<Command>> momentGroup) implements Command {

        /** Copies the maps. */
        public Connect {
            subscribers = Map.copyOf(subscribers);
            momentGroup = Map.copyOf(momentGroup);
        }

        /** Position subscribers only. */
        public Connect(Map<String, ActorRef<Command>> subscribers) {
            this(subscribers, Map.of());
        }
    }

    /**
     * Runs lockstep round {@code round}.
     *
     * @param evaluate attach metrics and the position to the report
     * @param position attach the position to the report
     */
    public record Step(long round, boolean evaluate, boolean position,
                       ActorRef<Report> replyTo) implements Command {

        /** A step that attaches the position exactly when it evaluates. */
        public Step(long round, boolean evaluate, ActorRef<Report> replyTo) {
            this(round, evaluate, evaluate, replyTo);
        }
    }

    /**
     * The position of {@code source} in {@code round} (after its gradient step in split mode,
     * before it in force mode).
     *
     * @param x a snapshot that nobody modifies after sending, or null when inactive
     */
    public record Position(String source, long round, double[] x) implements Command {
    }

    /**
     * The gradient of {@code source} in {@code round}, for connected momenta.
     *
     * @param g a snapshot that nobody modifies after sending, or null when inactive
     */
    public record Gradient(String source, long round, double[] g) implements Command {
    }

    /**
     * Starts asynchronous mode: the agent steps rounds 1 to {@code rounds} at its own pace,
     * without a barrier, using the latest position it holds of each source, and reports
     * {@link Stepped} (with metrics and position) to {@code replyTo} every {@code evalEvery}
     * of its own rounds and after its last one.
     */
    public record Run(long rounds, long evalEvery, ActorRef<Report> replyTo) implements Command {
    }

    /** Asynchronous mode: the agent's next free-running round (sent to itself). */
    private enum Tick implements Command {
        INSTANCE
    }

    /** Moves the agent to {@code x} between rounds and makes it active. */
    public record Place(double[] x) implements Command {
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
     * @param loss the loss seen by the gradient of this round (before the step; NaN when
     *     dormant)
     * @param gradientCalls gradient evaluations made by this agent so far
     * @param evaluation metrics after the round, or null when not asked for
     * @param position a copy of the position after the round, or null when not asked for
     * @param staleness in asynchronous mode, the mean over the rounds since the agent's
     *     previous report and over its sources of k − k_s, where k is the agent's round and
     *     k_s the round of the source position it used (0 when fresh; negative when the
     *     source was ahead; sources not heard from yet are left out, and an agent that used
     *     no source position reports 0); always 0 in lockstep
     */
    public record Stepped(String agent, long round, double loss, long gradientCalls,
                          Evaluation evaluation, double[] position, double staleness)
            implements Report {

        /** A lockstep report, whose staleness is 0 by construction. */
        public Stepped(String agent, long round, double loss, long gradientCalls,
                       Evaluation evaluation, double[] position) {
            this(agent, round, loss, gradientCalls, evaluation, position, 0);
        }
    }

    /**
     * A finished round of a {@link Cohort}: one message for all its members.
     *
     * @param agent the cohort's name
     * @param members how many agents the cohort runs
     * @param reports one report per member, in cohort order, when the step asked for metrics
     *     or positions; empty otherwise (so an ordinary round costs one small message)
     */
    public record CohortStepped(String agent, long round, int members, List<Stepped> reports)
            implements Report {

        /** Copies the reports. */
        public CohortStepped {
            reports = List.copyOf(reports);
        }
    }

    /** The agent's position or loss stopped being finite in {@code round}. */
    public record Diverged(String agent, long round, String reason) implements Report {
    }

    private enum Stage { IDLE, FORCE_POSITIONS, GRADIENT, GRADIENTS, OPTIMIZE, SPLIT_POSITIONS,
        REPORT }

    private final AgentPlan plan;
    private final AgentDynamics dynamics;
    private final InteractionRule rule;
    private final double[] meanSquare;
    private final List<String> sources;
    private final TreeMap<Long, Map<String, double[]>> positions = new TreeMap<>();
    private final TreeMap<Long, Map<String, double[]>> gradients = new TreeMap<>();
    private Map<String, ActorRef<Command>> subscribers = Map.of();
    private Map<String, ActorRef<Command>> group = Map.of();
    private boolean active;
    private Step current;
    private Stage stage = Stage.IDLE;
    private final Map<String, Position> latest = new HashMap<>();
    /** Read once: each getLog() call sets up the MDC, which costs more than a 2-D step. */
    private final boolean debug;
    private Run run;
    private long freeRound;
    private long stalenessSum;
    private long stalenessCount;

    private Agent(ActorContext<Command> context, AgentPlan plan, Landscape landscape,
                  InteractionRule rule, UniformRandomProvider rng) {
        super(context);
        this.plan = plan;
        this.dynamics = new AgentDynamics(plan, landscape, rng, rule.perLayer());
        this.rule = rule;
        this.meanSquare = plan.momentGroup().isEmpty() ? null
                : new double[plan.start().length];
        this.sources = plan.sources();
        this.active = !plan.dormant();
        this.debug = context.getLog().isDebugEnabled();
        if (meanSquare != null && !dynamics.sharesMoments()) {
            throw new IllegalArgumentException("agent " + plan.id() + ": connected momenta "
                    + "need an optimizer with a second moment (adam, adamw)");
        }
    }

    /**
     * An agent following {@code plan} on {@code landscape} under the interaction {@code rule},
     * drawing all its randomness from {@code rng}.
     */
    public static Behavior<Command> create(AgentPlan plan, Landscape landscape,
                                           InteractionRule rule, UniformRandomProvider rng) {
        return Behaviors.setup(context -> new Agent(context, plan, landscape, rule, rng));
    }

    /** A split-mode agent with interaction step {@code eta}. */
    public static Behavior<Command> create(AgentPlan plan, Landscape landscape, double eta,
                                           UniformRandomProvider rng) {
        return create(plan, landscape, InteractionRule.split(eta), rng);
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder()
                .onMessage(Connect.class, this::onConnect)
                .onMessage(Step.class, this::onStep)
                .onMessage(Position.class, this::onPosition)
                .onMessage(Gradient.class, this::onGradient)
                .onMessage(Place.class, this::onPlace)
                .onMessage(Run.class, this::onRun)
                .onMessageEquals(Tick.INSTANCE, this::onTick)
                .onMessageEquals(Stop.INSTANCE, Behaviors::stopped)
                .build();
    }

    private Behavior<Command> onConnect(Connect connect) {
        subscribers = connect.subscribers();
        group = connect.momentGroup();
        return this;
    }

    private Behavior<Command> onRun(Run start) {
        if (!active || meanSquare != null) {
            throw new IllegalStateException("agent " + plan.id() + ": asynchronous mode takes "
                    + "neither dormant agents nor connected momenta");
        }
        run = start;
        positions.clear();
        return onTick();
    }

    /**
     * One free-running round: the same stages as a lockstep round, with the latest source
     * positions instead of those of this round; then the next round is queued behind the
     * positions that arrived meanwhile.
     */
    private Behavior<Command> onTick() {
        long k = ++freeRound;
        boolean force = rule.mode() == InteractionMode.FORCE && !sources.isEmpty();
        if (force) {
            announce(k, dynamics.position());
            dynamics.force(latestPositions(k));
        }
        double loss = dynamics.gradient();
        if (!Double.isFinite(loss)) {
            run.replyTo().tell(new Diverged(plan.id(), k, "loss is " + loss
                    + " at the start of the round"));
            return Behaviors.stopped();
        }
        if (force) {
            dynamics.applyForce(rule.step());
        }
        dynamics.optimize();
        if (rule.mode() == InteractionMode.SPLIT) {
            announce(k, dynamics.position());
            if (!sources.isEmpty()) {
                dynamics.interact(latestPositions(k), rule.step());
            }
        }
        if (k % run.evalEvery() == 0 || k == run.rounds()) {
            if (!dynamics.isFinite()) {
                run.replyTo().tell(new Diverged(plan.id(), k, "position is not finite after "
                        + "round " + k));
                return Behaviors.stopped();
            }
            double staleness = stalenessCount == 0 ? 0
                    : (double) stalenessSum / stalenessCount;
            stalenessSum = 0;
            stalenessCount = 0;
            run.replyTo().tell(new Stepped(plan.id(), k, loss, dynamics.gradientCalls(),
                    dynamics.evaluate(), dynamics.position(), staleness));
        }
        if (k < run.rounds()) {
            getContext().getSelf().tell(Tick.INSTANCE);
        }
        return this;
    }

    /** The latest position of every source heard from, counting how stale each is. */
    private Map<String, double[]> latestPositions(long k) {
        Map<String, double[]> out = new HashMap<>();
        for (String id : sources) {
            Position p = latest.get(id);
            if (p != null && p.x() != null) {
                out.put(id, p.x());
                stalenessSum += k - p.round();
                stalenessCount++;
            }
        }
        return out;
    }

    private Behavior<Command> onPlace(Place place) {
        dynamics.place(place.x());
        if (!active) {
            getContext().getLog().info("agent {} joins the hunt", plan.id());
        }
        active = true;
        return this;
    }

    private Behavior<Command> onStep(Step step) {
        current = step;
        if (!active) {
            announce(step.round(), null);
            if (meanSquare != null) {
                share(step.round(), null);
            }
            stage = Stage.REPORT;
        } else if (rule.mode() == InteractionMode.FORCE && !sources.isEmpty()) {
            announce(step.round(), dynamics.position());
            stage = Stage.FORCE_POSITIONS;
        } else {
            stage = Stage.GRADIENT;
        }
        return advance();
    }

    private Behavior<Command> onPosition(Position position) {
        Position known = latest.get(position.source());
        if (known == null || known.round() < position.round()) {
            latest.put(position.source(), position);
        }
        if (run != null) {
            return this;
        }
        if (isStale(position.round())) {
            return this;
        }
        positions.computeIfAbsent(position.round(), r -> new HashMap<>())
                .put(position.source(), position.x() == null ? INACTIVE : position.x());
        return advance();
    }

    private Behavior<Command> onGradient(Gradient gradient) {
        if (isStale(gradient.round())) {
            return this;
        }
        gradients.computeIfAbsent(gradient.round(), r -> new HashMap<>())
                .put(gradient.source(), gradient.g() == null ? INACTIVE : gradient.g());
        return advance();
    }

    private boolean isStale(long round) {
        // a dormant agent's round ends before its sources' messages arrive: drop them quietly
        return current != null ? round < current.round() : !positions.isEmpty()
                && round < positions.firstKey();
    }

    /** Marks an inactive sender in the inboxes (it must not be reacted to). */
    private static final double[] INACTIVE = new double[0];

    /** Runs the round's stages until one must wait for messages. */
    private Behavior<Command> advance() {
        while (current != null) {
            long k = current.round();
            switch (stage) {
                case FORCE_POSITIONS -> {
                    Map<String, double[]> in = complete(positions, k, sources.size());
                    if (in == null) {
                        return this;
                    }
                    dynamics.force(active(in));
                    stage = Stage.GRADIENT;
                }
                case GRADIENT -> {
                    double loss = dynamics.gradient();
                    if (!Double.isFinite(loss)) {
                        return diverged("loss is " + loss + " at the start of the round");
                    }
                    if (rule.mode() == InteractionMode.FORCE && !sources.isEmpty()) {
                        dynamics.applyForce(rule.step());
                    }
                    if (meanSquare != null) {
                        share(k, dynamics.gradientCopy());
                        stage = Stage.GRADIENTS;
                    } else {
                        stage = Stage.OPTIMIZE;
                    }
                }
                case GRADIENTS -> {
                    Map<String, double[]> in = complete(gradients, k, group.size());
                    if (in == null) {
                        return this;
                    }
                    groupMeanSquare(in);
                    stage = Stage.OPTIMIZE;
                }
                case OPTIMIZE -> {
                    if (meanSquare != null) {
                        dynamics.optimize(meanSquare);
                    } else {
                        dynamics.optimize();
                    }
                    if (rule.mode() == InteractionMode.SPLIT && !subscribers.isEmpty()) {
                        announce(k, dynamics.position());
                    }
                    stage = rule.mode() == InteractionMode.SPLIT && !sources.isEmpty()
                            ? Stage.SPLIT_POSITIONS : Stage.REPORT;
                }
                case SPLIT_POSITIONS -> {
                    Map<String, double[]> in = complete(positions, k, sources.size());
                    if (in == null) {
                        return this;
                    }
                    dynamics.interact(active(in), rule.step());
                    stage = Stage.REPORT;
                }
                case REPORT -> {
                    return report();
                }
                default -> throw new IllegalStateException("agent " + plan.id() + " in stage "
                        + stage + " with a round open");
            }
        }
        return this;
    }

    private static Map<String, double[]> complete(TreeMap<Long, Map<String, double[]>> inbox,
                                                  long round, int expected) {
        Map<String, double[]> in = inbox.getOrDefault(round, Map.of());
        return in.size() < expected ? null : in;
    }

    private static Map<String, double[]> active(Map<String, double[]> in) {
        Map<String, double[]> out = new HashMap<>();
        in.forEach((id, v) -> {
            if (v != INACTIVE) {
                out.put(id, v);
            }
        });
        return out;
    }

    /** The mean of g² over the active members, summed in scheme order on every member. */
    private void groupMeanSquare(Map<String, double[]> in) {
        Arrays.fill(meanSquare, 0);
        int members = 0;
        for (String id : plan.momentGroup()) {
            double[] g = id.equals(plan.id()) ? dynamics.gradientView() : in.get(id);
            if (g == null || g == INACTIVE) {
                continue;
            }
            members++;
            for (int i = 0; i < g.length; i++) {
                meanSquare[i] += g[i] * g[i];
            }
        }
        double inv = 1.0 / members;
        for (int i = 0; i < meanSquare.length; i++) {
            meanSquare[i] *= inv;
        }
    }

    private void announce(long round, double[] snapshot) {
        if (!subscribers.isEmpty()) {
            Position position = new Position(plan.id(), round, snapshot);
            subscribers.values().forEach(ref -> ref.tell(position));
        }
    }

    private void share(long round, double[] snapshot) {
        Gradient gradient = new Gradient(plan.id(), round, snapshot);
        group.values().forEach(ref -> ref.tell(gradient));
    }

    private Behavior<Command> report() {
        Step step = current;
        current = null;
        stage = Stage.IDLE;
        if (!positions.isEmpty()) {
            positions.headMap(step.round(), true).clear();
        }
        if (!gradients.isEmpty()) {
            gradients.headMap(step.round(), true).clear();
        }
        if ((step.evaluate() || step.position()) && !dynamics.isFinite()) {
            return diverged(step, "position is not finite after round " + step.round());
        }
        Evaluation evaluation = step.evaluate() ? dynamics.evaluate() : null;
        double[] position = step.evaluate() || step.position() ? dynamics.position() : null;
        double loss = active ? dynamics.lastLoss() : Double.NaN;
        step.replyTo().tell(new Stepped(plan.id(), step.round(), loss,
                dynamics.gradientCalls(), evaluation, position, 0));
        if (debug) {
            getContext().getLog().debug("agent {} round {} loss {}", plan.id(), step.round(),
                    loss);
        }
        return this;
    }

    private Behavior<Command> diverged(String reason) {
        Step step = current;
        current = null;
        stage = Stage.IDLE;
        return diverged(step, reason);
    }

    private Behavior<Command> diverged(Step step, String reason) {
        step.replyTo().tell(new Diverged(plan.id(), step.round(), reason));
        return this;
    }

    /** The ids this agent sends its position to, given every plan of the scheme. */
    public static List<String> subscribersOf(String id, List<AgentPlan> plans) {
        return plans.stream().filter(p -> p.sources().contains(id)).map(AgentPlan::id)
                .toList();
    }
}
