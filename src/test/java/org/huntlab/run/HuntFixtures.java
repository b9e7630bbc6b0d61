package org.huntlab.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;
import org.huntlab.agent.AgentPlan;
import org.huntlab.dynamics.LearningRate;
import org.huntlab.dynamics.Optimizer;
import org.huntlab.dynamics.Sgd;
import org.huntlab.hunt.Scheme;
import org.huntlab.interaction.Action;
import org.huntlab.interaction.Aggregation;
import org.huntlab.interaction.ConstantKernel;
import org.huntlab.interaction.Coupling;
import org.huntlab.interaction.ExponentialKernel;
import org.huntlab.landscape.Quadratic;
import org.huntlab.landscape.Ravine;

/** Small hand-built schemes and a CSV reader for the run tests. */
public final class HuntFixtures {

    /** The rounds of the hunting pair. */
    public static final long PAIR_STEPS = 200;
    /** The evaluation interval of the hunting pair. */
    public static final long PAIR_EVAL_EVERY = 20;

    private HuntFixtures() {
    }

    /**
     * A prey fleeing with U = 2·e^(−r/1) and a predator chasing with V = 1 in a flat-bottomed
     * ravine of dimension 3, both by SGD.
     */
    public static Scheme huntingPair() {
        Function<UniformRandomProvider, Optimizer> sgd = rng -> new Sgd(LearningRate.of(0.01), 0);
        AgentPlan prey = new AgentPlan("prey", "prey", new double[] {0, 0.1, 0}, sgd,
                List.of(new Coupling(List.of("wolf"), Action.FLEE, new ExponentialKernel(2, 1),
                        Aggregation.SUM)));
        AgentPlan wolf = new AgentPlan("wolf", "predator", new double[] {-0.5, 0.2, 0.1}, sgd,
                List.of(new Coupling(List.of("prey"), Action.CHASE, new ConstantKernel(1),
                        Aggregation.SUM)));
        return new Scheme("pair", 7, new Ravine(3, 10, 0), List.of(prey, wolf), 0.1,
                PAIR_STEPS, PAIR_EVAL_EVERY, Optional.empty());
    }

    /**
     * One SGD agent with learning rate 1001 on the bowl |x|²/2 from (1, 1): each step
     * multiplies x by −1000, so the loss overflows at the start of round 53.
     */
    public static Scheme divergingWalker() {
        AgentPlan walker = new AgentPlan("walker", "walker", new double[] {1, 1},
                rng -> new Sgd(LearningRate.of(1001), 0), List.of());
        return new Scheme("blowup", 1, new Quadratic(2, 1), List.of(walker), 0.1, 100, 10,
                Optional.empty());
    }

    /** The rows of a CSV file without its header, each split at commas. */
    public static List<String[]> rows(Path file) {
        try {
            return Files.readAllLines(file).stream().skip(1)
                    .map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a CSV file, split at commas. */
    public static List<String> header(Path file) {
        try {
            return Arrays.asList(Files.readAllLines(file).get(0).split(","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
