package org.huntlab.spec;

import org.huntlab.hunt.ScheduleMode;
import org.huntlab.interaction.InteractionMode;
import org.huntlab.interaction.InteractionRule;

/** The small sections of a spec: interaction, schedule, stop and output. */
public final class RunSections {

    private RunSections() {
    }

    /**
     * {@code interaction:}.
     *
     * @param step η: the displacement scale in split mode, the force weight in force mode
     *     (default 0.01)
     * @param mode {@code split} (optimizer step, then η·K(r)·e) or {@code force} (g − η·F
     *     enters the optimizer) (default split)
     * @param connectedMoments agents coupled to each other share Adam's second moment
     *     (default false)
     * @param distance {@code whole} (one distance over all parameters) or {@code per-layer}
     *     (each layer of a network interacts on its own) (default whole)
     */
    public record InteractionSpec(Double step, String mode, Boolean connectedMoments,
                                  String distance) {

        /** The default η. */
        public static final double DEFAULT_STEP = 0.01;

        /** Fills defaults and checks η &gt; 0. */
        public InteractionSpec {
            step = Fields.positive(Fields.orDefault(step, DEFAULT_STEP), "step");
            mode = Fields.orDefault(mode, "split");
            modeValue(mode);
            connectedMoments = Fields.orDefault(connectedMoments, false);
            distance = Fields.orDefault(distance, "whole");
            perLayer(distance);
        }

        private static boolean perLayer(String distance) {
            return switch (distance) {
                case "whole" -> false;
                case "per-layer" -> true;
                default -> throw new IllegalArgumentException("distance: unknown distance '"
                        + distance + "'; allowed: whole, per-layer");
            };
        }

        /** The rule this section describes. */
        public InteractionRule rule() {
            return new InteractionRule(step, modeValue(mode), perLayer(distance));
        }

        private static InteractionMode modeValue(String mode) {
            return switch (mode) {
                case "split" -> InteractionMode.SPLIT;
                case "force" -> InteractionMode.FORCE;
                default -> throw new IllegalArgumentException("mode: unknown interaction mode '"
                        + mode + "'; allowed: split, force");
            };
        }
    }

    /**
     * {@code schedule:}.
     *
     * @param mode {@code lockstep} (a barrier every round; reproducible) or {@code async}
     *     (each agent at its own pace with the latest positions; not reproducible) (default
     *     lockstep)
     * @param maxSteps rounds at most (default 1000)
     * @param evalEvery evaluate every this many rounds (default 100)
     */
    public record ScheduleSpec(String mode, Long maxSteps, Long evalEvery) {

        /** Fills defaults and checks ranges. */
        public ScheduleSpec {
            mode = Fields.orDefault(mode, "lockstep");
            modeValue(mode);
            maxSteps = Fields.atLeastOne(Fields.orDefault(maxSteps, 1000L), "maxSteps");
            evalEvery = Fields.atLeastOne(Fields.orDefault(evalEvery, 100L), "evalEvery");
        }

        /** The mode as an enum. */
        public ScheduleMode modeValue() {
            return modeValue(mode);
        }

        private static ScheduleMode modeValue(String mode) {
            return switch (mode) {
                case "lockstep" -> ScheduleMode.LOCKSTEP;
                case "async" -> ScheduleMode.ASYNC;
                default -> throw new IllegalArgumentException("mode: unknown schedule mode '"
                        + mode + "'; allowed: lockstep, async");
            };
        }
    }

    /**
     * {@code stop:} — end the run early when an agent's metric crosses a threshold.
     *
     * @param agent the watched agent's id
     * @param metric loss, train-loss, train-accuracy, test-loss or test-accuracy
     * @param atLeast stop when metric ≥ this
     * @param atMost stop when metric ≤ this
     */
    public record StopSpec(String agent, String metric, Double atLeast, Double atMost) {

        /** Checks that the metric is known and exactly one threshold is given. */
        public StopSpec {
            Fields.required(agent, "agent");
            Fields.required(metric, "metric");
            org.huntlab.landscape.Evaluation.ofLoss(0).metric(metric);
            if ((atLeast == null) == (atMost == null)) {
                throw new IllegalArgumentException("give exactly one of atLeast, atMost");
            }
        }
    }

    /**
     * {@code output:}.
     *
     * @param dir the folder run directories go under (default runs)
     * @param checkpointEvery rounds between checkpoints; 0 for none (default 0)
     */
    public record OutputSpec(String dir, Long checkpointEvery) {

        /** Fills defaults. */
        public OutputSpec {
            dir = Fields.orDefault(dir, "runs");
            checkpointEvery = (long) Fields.nonNegative(Fields.orDefault(checkpointEvery, 0L),
                    "checkpointEvery");
        }
    }
}
