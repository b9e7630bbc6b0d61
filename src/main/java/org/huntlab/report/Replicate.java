package org.huntlab.report;

import java.nio.file.Path;
import org.huntlab.run.RunResult;
import org.huntlab.run.Summary;

/**
 * One seed of one configuration, reduced to what comparisons need: the watched agent's
 * milestones in steps and in gradient calls of all agents (null: never reached).
 *
 * @param label the configuration's name (a spec file, or a sweep's grid values)
 * @param seed the run seed
 * @param directory the run directory
 * @param ending how the run ended
 * @param memorizedStep the first evaluation with train accuracy ≥ 0.99
 * @param memorizedCalls the gradient calls of all agents by then
 * @param generalizedStep the first evaluation with test accuracy ≥ the target
 * @param generalizedCalls the gradient calls of all agents by then
 * @param finalLoss the watched agent's last loss (NaN when unknown)
 * @param steps rounds run
 * @param wallSeconds the wall time
 */
public record Replicate(String label, long seed, Path directory, String ending,
                        Long memorizedStep, Long memorizedCalls, Long generalizedStep,
                        Long generalizedCalls, double finalLoss, long steps,
                        double wallSeconds) {

    /** The replicate of {@code result}, watching {@code agent}. */
    public static Replicate of(String label, RunResult result, String agent) {
        Summary s = result.summary();
        Summary.Milestones m = s.milestones().get(agent);
        Summary.Milestone mem = m == null ? null : m.memorized();
        Summary.Milestone gen = m == null ? null : m.generalized();
        double loss = Double.NaN;
        var series = result.trace().agents().stream().filter(a -> a.agent().equals(agent))
                .findFirst();
        if (series.isPresent() && !series.get().samples().isEmpty()) {
            var samples = series.get().samples();
            loss = samples.get(samples.size() - 1).evaluation().trainLoss();
        }
        return new Replicate(label, s.seed(), result.directory(), s.ending(),
                mem == null ? null : mem.step(), mem == null ? null : mem.totalGradientCalls(),
                gen == null ? null : gen.step(), gen == null ? null : gen.totalGradientCalls(),
                loss, s.steps(), s.wallSeconds());
    }
}
