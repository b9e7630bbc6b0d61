package org.huntlab.run;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huntlab.agent.Agent;
import org.huntlab.agent.AgentPlan;
import org.huntlab.hunt.HuntListener;
import org.huntlab.hunt.Outcome;
import org.huntlab.hunt.PairTheory;
import org.huntlab.hunt.Scheme;
import org.huntlab.interaction.Coupling;
import org.huntlab.landscape.AnalyticLandscape;
import org.huntlab.landscape.DoubleWell;
import org.huntlab.landscape.Evaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run into its {@link RunDirectory} as the hunt reports it: spec.yaml at once,
 * metrics.csv, pairs.csv, trajectories.csv and events.jsonl at every evaluation, summary.json
 * at every evaluation and at the end.
 *
 * <p>A swarm (more agents than {@code huntlab.run.swarm-threshold}) gets roles.csv, per-role
 * aggregates ({@link RoleTable}), instead of metrics.csv. events.jsonl ({@link EventLog})
 * holds the milestones; barrier crossings are seen only as a sign change of x1 between two
 * evaluations, so a walker that crosses and comes back in between is missed.
 *
 * <p>Every CSV row is flushed at the evaluation that produced it and summary.json is replaced
 * atomically, so a run that diverges, fails or is killed leaves every finished row and a
 * complete summary of its last evaluation (ending {@value Summary#RUNNING} if it was killed).
 *
 * <p>A pair is two agents of which one reacts to the other in some coupling; a speed is the
 * agent's displacement since the previous evaluation (or since its start) per round.
 * Wall seconds in metrics.csv count from the end of the first round, so that the actor
 * system's start-up (up to seconds in a cold JVM) is left out; the first round's own time is
 * left out with it, while summary.json has the coordinator's wall time of every round.
 *
 * <p>Every evaluation is also kept in memory for the charts, some 100 bytes per agent per
 * evaluation: a million evaluations of a pair take about 200 MB, so evaluate less often.
 *
 * @implNote Not thread-safe: the hunt calls it from one actor, one call at a time, and the
 *     caller reads {@link #trace()} and {@link #summary()} after {@code Hunt.run} returned.
 */
public final class RunRecorder implements HuntListener, AutoCloseable {

    /** The train accuracy at which an agent counts as having memorized its training set. */
    public static final double MEMORIZED_ACCURACY = 0.99;

    /** A pair counts as locked within this fraction of its predicted distance r*. */
    public static final double LOCK_TOLERANCE = 0.01;

    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);
    private static final List<String> METRICS_HEADER = List.of("step", "agent", "role",
            "gradient_calls", "total_gradient_calls", "wall_seconds", "loss", "train_loss",
            "train_accuracy", "test_loss", "test_accuracy", "staleness");
    private static final List<String> PAIRS_HEADER = List.of("step", "a", "b", "distance",
            "speed_a", "speed_b");

    private final RunDirectory directory;
    private final Scheme scheme;
    private final double generalizedAccuracy;
    private final boolean analytic;
    private final CsvFile metrics;
    private final CsvFile rolesFile;
    private final RoleTable roles;
    private final EventLog events;
    private final List<PairTheory> theories;
    private final int[][] theoryIndices;
    private final boolean[] locked;
    private final boolean doubleWell;
    private final CsvFile pairs;
    private final CsvFile trajectories;
    private final ProgressDisplay progress;
    private final List<int[]> pairIndices;
    private final double[][] lastPositions;
    private final long[] lastSteps;
    private final double[] speeds;
    private final List<List<RunTrace.AgentSample>> agentSamples = new ArrayList<>();
    private final List<List<RunTrace.PairSample>> pairSamples = new ArrayList<>();
    private final Summary.Milestone[] memorized;
    private final Summary.Milestone[] generalized;
    private final Map<String, Long> gradientCalls = new LinkedHashMap<>();
    private final Evaluation[] lastEvaluations;
    private long firstRoundDone = -1;
    private Summary summary;
    private boolean closed;

    private RunRecorder(RunDirectory directory, Scheme scheme, Settings settings) {
        this.directory = directory;
        this.scheme = scheme;
        this.generalizedAccuracy = settings.generalizationTarget();
        this.analytic = scheme.landscape() instanceof AnalyticLandscape;
        int n = scheme.agents().size();
        this.pairIndices = coupledPairs(scheme.agents());
        this.lastPositions = new double[n][];
        this.lastSteps = new long[n];
        this.speeds = new double[n];
        this.memorized = new Summary.Milestone[n];
        this.generalized = new Summary.Milestone[n];
        this.lastEvaluations = new Evaluation[n];
        for (int i = 0; i < n; i++) {
            AgentPlan plan = scheme.agents().get(i);
            lastPositions[i] = plan.start();
            agentSamples.add(new ArrayList<>());
            gradientCalls.put(plan.id(), 0L);
        }
        pairIndices.forEach(pair -> pairSamples.add(new ArrayList<>()));
        int dimension = scheme.landscape().dimension();
        boolean swarm = n > settings.swarmThreshold();
        this.metrics = swarm ? null
                : CsvFile.create(directory.file(RunDirectory.METRICS), METRICS_HEADER);
        this.rolesFile = swarm
                ? CsvFile.create(directory.file(RunDirectory.ROLES), RoleTable.HEADER) : null;
        this.roles = swarm ? new RoleTable(rolesFile, scheme.agents()) : null;
        this.events = EventLog.create(directory.file(RunDirectory.EVENTS));
        this.doubleWell = scheme.landscape() instanceof DoubleWell;
        this.theories = PairTheory.of(scheme);
        Map<String, Integer> index = new LinkedHashMap<>();
        scheme.agents().forEach(a -> index.put(a.id(), index.size()));
        this.theoryIndices = theories.stream()
                .map(t -> new int[] {index.get(t.prey()), index.get(t.predator())})
                .toArray(int[][]::new);
        this.locked = new boolean[theories.size()];
        this.pairs = CsvFile.create(directory.file(RunDirectory.PAIRS), PAIRS_HEADER);
        this.trajectories = dimension <= settings.trajectoryMaxDimension()
                ? CsvFile.create(directory.file(RunDirectory.TRAJECTORIES),
                        trajectoryHeader(dimension))
                : null;
        this.progress = ProgressDisplay.create(scheme.name(), scheme.maxSteps(),
                settings.showsProgressBar());
    }

    /**
     * Opens a recorder for {@code scheme} in {@code directory} and writes {@code resolvedSpec}
     * (the spec with every default filled in) to spec.yaml.
     */
    public static RunRecorder open(RunDirectory directory, Scheme scheme, String resolvedSpec,
                                   Settings settings) {
        directory.writeText(RunDirectory.SPEC, resolvedSpec);
        RunRecorder recorder = new RunRecorder(directory, scheme, settings);
        LOG.info("run {}: writing to {}", scheme.name(), directory);
        return recorder;
    }

    /** The run directory written to. */
    public RunDirectory directory() {
        return directory;
    }

    /** Writes the evaluation's rows, flushes them and rewrites summary.json. */
    @Override
    public synchronized void evaluated(long round, List<Agent.Stepped> reports) {
        if (closed) {
            return;
        }
        double wall = firstRoundDone < 0 ? 0 : (System.nanoTime() - firstRoundDone) / 1e9;
        long total = 0;
        for (Agent.Stepped report : reports) {
            total += report.gradientCalls();
        }
        for (int i = 0; i < reports.size(); i++) {
            recordAgent(i, round, total, wall, reports.get(i));
        }
        for (int p = 0; p < pairIndices.size(); p++) {
            recordPair(p, round, reports);
        }
        watchLocks(round, reports);
        if (roles != null) {
            roles.write(round, reports);
        }
        for (int i = 0; i < reports.size(); i++) {
            lastPositions[i] = reports.get(i).position();
            lastSteps[i] = round;
        }
        if (metrics != null) {
            metrics.flush();
        }
        events.flush();
        pairs.flush();
        if (trajectories != null) {
            trajectories.flush();
        }
        summary = summarize(Summary.RUNNING, "running", round, gradientCalls, wall);
        directory.writeAtomically(RunDirectory.SUMMARY, summary.toJson());
    }

    /** Advances the progress bar or logs progress. */
    @Override
    public void progressed(long round) {
        if (firstRoundDone < 0) {
            firstRoundDone = System.nanoTime();
        }
        progress.at(round);
    }

    /** Writes the final summary.json and closes every file. */
    @Override
    public synchronized void finished(Outcome outcome) {
        if (closed) {
            return;
        }
        try {
            if (outcome.ending() == Outcome.Ending.DIVERGED) {
                events.add(outcome.rounds() + 1, "diverged", Map.of("message",
                        outcome.message()));
            }
            summary = summarize(outcome.ending().name(), outcome.message(), outcome.rounds(),
                    outcome.gradientCalls(), outcome.wallSeconds());
            directory.writeAtomically(RunDirectory.SUMMARY, summary.toJson());
        } catch (RuntimeException e) {
            try {
                close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        close();
        LOG.info("run {}: {} after {} steps and {} gradient calls; results in {}",
                scheme.name(), outcome.ending(), outcome.rounds(), outcome.totalGradientCalls(),
                directory);
    }

    /**
     * Records that the process is being stopped (Ctrl-C) before the run ended: summary.json
     * gets the ending {@value #INTERRUPTED} with the last evaluated step, and every file is
     * closed whole; returns false when the run had already ended.
     */
    public synchronized boolean interrupted() {
        if (closed) {
            return false;
        }
        long step = summary == null ? 0 : summary.steps();
        String message = "interrupted after step " + step + "; partial results in " + directory;
        Summary last = summary;
        summary = summarize(INTERRUPTED, message, step,
                last == null ? Map.of() : last.gradientCalls(),
                last == null ? 0 : last.wallSeconds());
        directory.writeAtomically(RunDirectory.SUMMARY, summary.toJson());
        close();
        return true;
    }

    /** The ending written when the process was stopped before the run ended. */
    public static final String INTERRUPTED = "INTERRUPTED";

    /** Closes every file and the progress bar; closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        progress.close();
        UncheckedIOException failure = null;
        for (AutoCloseable file : Arrays.asList(metrics, rolesFile, events, pairs,
                trajectories)) {
            try {
                if (file != null) {
                    file.close();
                }
            } catch (UncheckedIOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot close " + file, e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** What the run measured so far, for charts and the printed summary. */
    public RunTrace trace() {
        List<RunTrace.AgentSeries> agents = new ArrayList<>();
        for (int i = 0; i < scheme.agents().size(); i++) {
            AgentPlan plan = scheme.agents().get(i);
            agents.add(new RunTrace.AgentSeries(plan.id(), plan.role(), agentSamples.get(i)));
        }
        List<RunTrace.PairSeries> pairSeries = new ArrayList<>();
        for (int p = 0; p < pairIndices.size(); p++) {
            AgentPlan a = scheme.agents().get(pairIndices.get(p)[0]);
            AgentPlan b = scheme.agents().get(pairIndices.get(p)[1]);
            pairSeries.add(new RunTrace.PairSeries(a.id(), a.role(), b.id(), b.role(),
                    pairSamples.get(p)));
        }
        return new RunTrace(analytic, agents, pairSeries);
    }

    /** The summary last written, or null before the first evaluation. */
    public Summary summary() {
        return summary;
    }

    private void recordAgent(int i, long round, long total, double wall,
                             Agent.Stepped report) {
        AgentPlan plan = scheme.agents().get(i);
        Evaluation e = report.evaluation();
        if (metrics != null) {
            metrics.number(round).text(plan.id()).text(plan.role())
                    .number(report.gradientCalls()).number(total).number(wall)
                    .number(report.loss()).number(e.trainLoss()).number(e.trainAccuracy())
                    .number(e.testLoss()).number(e.testAccuracy()).number(report.staleness())
                    .endRow();
        }
        double[] x = report.position();
        double before = lastPositions[i][0];
        if (doubleWell && before * x[0] < 0) {
            events.add(round, "crossed", eventFields("agent", plan.id(), "role", plan.role(),
                    "x1_before", before, "x1", x[0]));
        }
        if (trajectories != null) {
            trajectories.number(round).text(plan.id());
            for (double v : x) {
                trajectories.number(v);
            }
            trajectories.endRow();
        }
        speeds[i] = distance(x, lastPositions[i]) / (round - lastSteps[i]);
        gradientCalls.put(plan.id(), report.gradientCalls());
        lastEvaluations[i] = e;
        agentSamples.get(i).add(new RunTrace.AgentSample(round, total, e));
        if (memorized[i] == null && e.trainAccuracy() >= MEMORIZED_ACCURACY) {
            memorized[i] = new Summary.Milestone(round, total);
            events.add(round, "memorized", eventFields("agent", plan.id(), "train_accuracy",
                    e.trainAccuracy(), "total_gradient_calls", total));
            LOG.info("run {}: agent {} memorized (train accuracy {}) at step {}, {} gradient "
                    + "calls", scheme.name(), plan.id(), e.trainAccuracy(), round, total);
        }
        if (generalized[i] == null && e.testAccuracy() >= generalizedAccuracy) {
            generalized[i] = new Summary.Milestone(round, total);
            events.add(round, "generalized", eventFields("agent", plan.id(), "test_accuracy",
                    e.testAccuracy(), "total_gradient_calls", total));
            LOG.info("run {}: agent {} generalized (test accuracy {}) at step {}, {} gradient "
                    + "calls", scheme.name(), plan.id(), e.testAccuracy(), round, total);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("run {}: agent {} at step {}: loss {}, train {}/{}, test {}/{}",
                    scheme.name(), plan.id(), round, report.loss(), e.trainLoss(),
                    e.trainAccuracy(), e.testLoss(), e.testAccuracy());
        }
    }

    private void recordPair(int p, long round, List<Agent.Stepped> reports) {
        int a = pairIndices.get(p)[0];
        int b = pairIndices.get(p)[1];
        double r = distance(reports.get(a).position(), reports.get(b).position());
        pairs.number(round).text(scheme.agents().get(a).id()).text(scheme.agents().get(b).id())
                .number(r).number(speeds[a]).number(speeds[b]).endRow();
        pairSamples.get(p).add(new RunTrace.PairSample(round, r, speeds[a], speeds[b]));
    }

    /** Logs the first evaluation at which each predicted pair is within 1% of r*. */
    private void watchLocks(long round, List<Agent.Stepped> reports) {
        for (int t = 0; t < theories.size(); t++) {
            if (locked[t]) {
                continue;
            }
            PairTheory theory = theories.get(t);
            double r = distance(reports.get(theoryIndices[t][0]).position(),
                    reports.get(theoryIndices[t][1]).position());
            if (Math.abs(r - theory.distance()) <= LOCK_TOLERANCE * theory.distance()) {
                locked[t] = true;
                events.add(round, "locked", eventFields("prey", theory.prey(), "predator",
                        theory.predator(), "distance", r, "theory", theory.distance()));
            }
        }
    }

    private static Map<String, Object> eventFields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    private Summary summarize(String ending, String message, long steps,
                              Map<String, Long> calls, double wallSeconds) {
        Map<String, Summary.Milestones> milestones = new LinkedHashMap<>();
        Map<String, Double> finalLoss = analytic ? new LinkedHashMap<>() : null;
        long total = 0;
        for (int i = 0; i < scheme.agents().size(); i++) {
            String id = scheme.agents().get(i).id();
            milestones.put(id, new Summary.Milestones(memorized[i], generalized[i]));
            total += calls.getOrDefault(id, 0L);
            if (finalLoss != null) {
                Evaluation e = lastEvaluations[i];
                finalLoss.put(id, e != null && Double.isFinite(e.trainLoss())
                        ? e.trainLoss() : null);
            }
        }
        return new Summary(scheme.name(), scheme.seed(), ending, message, steps, calls, total,
                wallSeconds, MEMORIZED_ACCURACY, generalizedAccuracy, milestones, finalLoss);
    }

    private static List<int[]> coupledPairs(List<AgentPlan> plans) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (AgentPlan plan : plans) {
            index.put(plan.id(), index.size());
        }
        Set<List<Integer>> pairs = new LinkedHashSet<>();
        for (AgentPlan plan : plans) {
            int target = index.get(plan.id());
            for (Coupling coupling : plan.couplings()) {
                for (String source : coupling.sources()) {
                    int s = index.get(source);
                    if (s != target) {
                        pairs.add(List.of(Math.min(s, target), Math.max(s, target)));
                    }
                }
            }
        }
        return pairs.stream()
                .sorted(Comparator.<List<Integer>>comparingInt(pair -> pair.get(0))
                        .thenComparingInt(pair -> pair.get(1)))
                .map(pair -> new int[] {pair.get(0), pair.get(1)})
                .toList();
    }

    private static List<String> trajectoryHeader(int dimension) {
        List<String> header = new ArrayList<>(List.of("step", "agent"));
        for (int i = 1; i <= dimension; i++) {
            header.add("x" + i);
        }
        return header;
    }

    /** |x − y|. */
    static double distance(double[] x, double[] y) {
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - y[i];
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
