package org.huntlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.huntlab.hunt.PairTheory;
import org.huntlab.run.RunTrace;
import org.huntlab.run.Summary;

/**
 * The few lines printed after a run: where it went, how it ended, what it cost, when agents
 * memorized and generalized, and for a prey-predator pair on an analytic landscape the
 * measured distance and speed.
 *
 * <p>The pair's speed is measured between the last two evaluations; before the pair has
 * settled it is not the steady-state speed.
 */
public final class RunSummary {

    private static final String NUMBER = "%.6g";

    /** At most this many agents or pairs get a line of their own. */
    static final int SHOWN = 8;

    private final Path directory;
    private final Summary summary;
    private final RunTrace trace;
    private final List<Path> charts;
    private final List<PairTheory> theory;

    /**
     * The summary of the run in {@code directory}, with its charts' files and the predicted
     * steady state of its prey-predator pairs.
     */
    public RunSummary(Path directory, Summary summary, RunTrace trace, List<Path> charts,
                      List<PairTheory> theory) {
        this.directory = directory;
        this.summary = summary;
        this.trace = trace;
        this.charts = List.copyOf(charts);
        this.theory = List.copyOf(theory);
    }

    /** A summary without predictions. */
    public RunSummary(Path directory, Summary summary, RunTrace trace, List<Path> charts) {
        this(directory, summary, trace, charts, List.of());
    }

    /** The lines to print, without line breaks. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("run directory:  " + directory);
        lines.add("ending:         " + summary.ending() + " (" + summary.message() + ")");
        lines.add("steps:          " + summary.steps());
        lines.add("gradient calls: " + summary.totalGradientCalls() + perAgent(
                summary.gradientCalls()));
        lines.add("wall time:      " + format("%.1f s", summary.wallSeconds()));
        if (trace.analytic()) {
            List<String> losses = new ArrayList<>();
            summary.finalLoss().forEach((agent, loss) -> losses.add("final loss:     " + agent
                    + " " + (loss == null ? "not finite" : format(NUMBER, loss))));
            shorten(losses, "final loss:     ", "agents").forEach(lines::add);
            List<String> pairs = new ArrayList<>();
            for (RunTrace.PairSeries pair : trace.pairs()) {
                if (pair.isPreyPredator() && !pair.samples().isEmpty()) {
                    pairs.add(pairLine(pair));
                    theoryLine(pair).ifPresent(t -> pairs.set(pairs.size() - 1,
                            pairs.get(pairs.size() - 1) + "\n" + t));
                }
            }
            for (String pair : shorten(pairs, "pair:           ", "pairs")) {
                lines.addAll(List.of(pair.split("\n")));
            }
        } else {
            summary.milestones().forEach((agent, m) -> lines.add("milestones:     " + agent
                    + " memorized " + milestone(m.memorized()) + ", generalized "
                    + milestone(m.generalized())));
            // on a network the theory (a flat valley) does not apply: measured values only
            trace.pairs().stream().filter(p -> p.isPreyPredator() && !p.samples().isEmpty())
                    .map(RunSummary::pairLine).forEach(lines::add);
        }
        if (!charts.isEmpty()) {
            lines.add("charts:         " + String.join(", ",
                    charts.stream().map(p -> p.getFileName().toString()).toList()));
        }
        return lines;
    }

    /** Prints {@link #lines()} to {@code out}. */
    public void print(PrintWriter out) {
        lines().forEach(out::println);
        out.flush();
    }

    private static String pairLine(RunTrace.PairSeries pair) {
        RunTrace.PairSample last = pair.samples().get(pair.samples().size() - 1);
        return "pair:           " + pair.a() + "–" + pair.b() + " at step " + last.step()
                + ": distance " + format(NUMBER, last.distance()) + ", speed "
                + format(NUMBER, last.speedA()) + " and " + format(NUMBER, last.speedB())
                + " per step";
    }

    private java.util.Optional<String> theoryLine(RunTrace.PairSeries pair) {
        RunTrace.PairSample last = pair.samples().get(pair.samples().size() - 1);
        for (PairTheory t : theory) {
            boolean aIsPrey = t.prey().equals(pair.a()) && t.predator().equals(pair.b());
            boolean bIsPrey = t.prey().equals(pair.b()) && t.predator().equals(pair.a());
            if (aIsPrey || bIsPrey) {
                double speed = aIsPrey ? last.speedB() : last.speedA();
                return java.util.Optional.of("theory:         r* = "
                        + format(NUMBER, t.distance()) + " (measured "
                        + format(NUMBER, last.distance()) + ", "
                        + format("%+.3f%%", 100 * (last.distance() / t.distance() - 1))
                        + "), speed η·V(r*) = " + format(NUMBER, t.speedPerStep())
                        + " per step (predator measured " + format(NUMBER, speed) + ", "
                        + format("%+.3f%%", 100 * (speed / t.speedPerStep() - 1)) + ")");
            }
        }
        return java.util.Optional.empty();
    }

    private static String milestone(Summary.Milestone m) {
        return m == null ? "never" : "at step " + m.step() + " (" + m.totalGradientCalls()
                + " gradient calls)";
    }

    /**
     * The first {@value #SHOWN} of {@code lines} and a line saying how many more there are
     * (a swarm has thousands; the run directory has them all).
     */
    private static List<String> shorten(List<String> lines, String label, String what) {
        if (lines.size() <= SHOWN + 1) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, SHOWN));
        out.add(label + "… and " + (lines.size() - SHOWN) + " more " + what
                + " (see the run directory)");
        return out;
    }

    private static String perAgent(Map<String, Long> calls) {
        if (calls.size() < 2 || calls.size() > SHOWN) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        calls.forEach((agent, n) -> parts.add(agent + " " + n));
        return " (" + String.join(", ", parts) + ")";
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }
}
