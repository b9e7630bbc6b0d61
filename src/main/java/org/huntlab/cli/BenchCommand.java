package org.huntlab.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.huntlab.hunt.ActorBenchmark;
import org.huntlab.hunt.Scheme;
import org.huntlab.learn.StepBenchmark;
import org.huntlab.learn.StepCost;
import org.huntlab.run.Settings;
import org.huntlab.spec.SpecLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntlab bench [SUITE]}: measures a hot path on this machine and prints a table, all
 * from one run.
 *
 * <p>No suite: the full-batch gradient step of the grokking model against the sgemm rate.
 * {@code swarm}: agent-steps per second of free SGLD walkers on a 2-D double well in lockstep,
 * with cohorts, with one actor per walker, and in a plain loop. {@code actors}: the cost of
 * the actors, as the time of the actor run over that of a plain loop doing the same
 * arithmetic, for the swarm and for a prey-predator pair on the network landscape. The suites
 * run each variant {@code --repeats} times, interleaved, and keep the fastest, so that the
 * JIT's warm-up and a busy moment of the machine do not count against one variant.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure a hot path: the network's gradient step (no suite), a swarm's "
                + "agent-steps per second (swarm) or the actors' overhead (actors).")
public final class BenchCommand implements Callable<Integer> {

    /** The walkers of the swarm suites. */
    static final int DEFAULT_WALKERS = 10_000;

    private static final String SWARM = """
            name: bench-swarm
            seed: 1
            landscape: {type: double-well, dimension: 2}
            agents:
              - {id: w, count: %d, init: {position: [-1, 0]},
                 optimizer: {type: sgld, lr: 0.01, temperature: 0.5}}
            schedule: {maxSteps: %d, evalEvery: %d}
            """;

    private static final String NETWORK_PAIR = """
            name: bench-network-pair
            seed: 1
            landscape: {type: modular-arithmetic}
            agents:
              - {id: prey, role: prey, optimizer: {type: adamw, lr: 1.0e-3, weightDecay: 1.0}}
              - {id: wolf, role: predator, optimizer: {type: adamw, lr: 1.0e-3,
                 weightDecay: 1.0}, init: {from: prey, offset: 0.5}}
            couplings:
              - {target: prey, source: wolf, action: flee,
                 kernel: {type: exponential, k0: 2.0, sigma: 1.0}}
              - {target: wolf, source: prey, action: chase, kernel: {type: constant, k0: 1.0}}
            interaction: {step: 0.1}
            schedule: {maxSteps: %d, evalEvery: %d}
            """;

    @CommandLine.Spec
    private CommandSpec command;

    @Parameters(paramLabel = "SUITE", arity = "0..1", description = "swarm or actors; "
            + "none for the network step.")
    private String suite;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed steps (rounds) first "
            + "(default: ${DEFAULT-VALUE}; at least 20 for the swarm, 5 for the pair).")
    private int warmup = StepBenchmark.DEFAULT_WARMUP;

    @Option(names = "--repetitions", paramLabel = "N", description = "Timed steps of the "
            + "network step (default: ${DEFAULT-VALUE}).")
    private int repetitions = StepBenchmark.DEFAULT_REPETITIONS;

    @Option(names = "--walkers", paramLabel = "N", description = "Walkers of the swarm "
            + "(default: ${DEFAULT-VALUE}).")
    private int walkers = DEFAULT_WALKERS;

    @Option(names = "--rounds", paramLabel = "N", description = "Lockstep rounds of the swarm "
            + "(default: ${DEFAULT-VALUE}).")
    private int rounds = 400;

    @Option(names = "--pair-rounds", paramLabel = "N", description = "Lockstep rounds of the "
            + "network pair (default: ${DEFAULT-VALUE}).")
    private int pairRounds = 40;

    @Option(names = "--repeats", paramLabel = "N", description = "Runs of each variant, "
            + "interleaved; the best counts (default: ${DEFAULT-VALUE}).")
    private int repeats = 3;

    /** Runs the chosen suite and prints its table. */
    @Override
    public Integer call() {
        if (warmup < 0 || repetitions < 1 || walkers < 1 || rounds < 2 || pairRounds < 2
                || repeats < 1) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--warmup must be ≥ 0, --repetitions, --walkers and --repeats ≥ 1, "
                    + "--rounds and --pair-rounds ≥ 2");
        }
        PrintWriter out = command.commandLine().getOut();
        if (suite == null) {
            StepCost cost = StepBenchmark.run(warmup, repetitions);
            out.println(cost.format());
        } else if (suite.equals("swarm")) {
            swarm(out);
        } else if (suite.equals("actors")) {
            actors(out);
        } else {
            throw new CommandLine.ParameterException(command.commandLine(), "unknown suite '"
                    + suite + "'; allowed: swarm, actors (or none for the network step)");
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private void swarm(PrintWriter out) {
        Settings settings = Settings.load();
        long warm = Math.max(20, warmup);
        Scheme scheme = scheme(SWARM.formatted(walkers, warm + rounds + 1, warm + rounds + 1));
        int cohort = settings.cohortSize();
        ActorBenchmark.Timing cohorts = null;
        ActorBenchmark.Timing single = null;
        ActorBenchmark.Timing plain = null;
        for (int r = 0; r < repeats; r++) {
            cohorts = best(cohorts, ActorBenchmark.actors(scheme, settings.config(), cohort,
                    warm));
            single = best(single, ActorBenchmark.actors(scheme, settings.config(), 1, warm));
            plain = best(plain, ActorBenchmark.plainLoop(scheme, warm));
        }
        out.printf(Locale.ROOT, "%d SGLD walkers, 2-D double well, lockstep, %d timed rounds, "
                + "best of %d, %d cores%n", walkers, cohorts.rounds(), repeats,
                Runtime.getRuntime().availableProcessors());
        out.println("| run | messages per round | agent-steps/s | ns per agent-step |"
                + " same positions as the loop |");
        out.println("|---|---|---|---|---|");
        int blocks = (walkers + cohort - 1) / cohort;
        row(out, "cohorts of " + cohort + " (" + blocks + " actors)", 2L * blocks, cohorts,
                plain);
        row(out, "one actor per walker", 2L * walkers, single, plain);
        row(out, "plain loop, one thread", 0, plain, plain);
        out.printf(Locale.ROOT, "one actor per walker: %.2f µs per message (Step and Stepped, "
                + "coordinator included)%n", single.seconds() * 1e6
                / (single.rounds() * 2.0 * walkers));
    }

    private void actors(PrintWriter out) {
        Settings settings = Settings.load();
        long warm = Math.max(20, warmup);
        Scheme swarm = scheme(SWARM.formatted(walkers, warm + rounds + 1, warm + rounds + 1));
        long pairWarm = Math.max(5, warmup);
        Scheme pair = scheme(NETWORK_PAIR.formatted(pairWarm + pairRounds + 1,
                pairWarm + pairRounds + 1));
        ActorBenchmark.Timing swarmActors = null;
        ActorBenchmark.Timing swarmPlain = null;
        ActorBenchmark.Timing pairActors = null;
        ActorBenchmark.Timing pairPlain = null;
        for (int r = 0; r < repeats; r++) {
            swarmPlain = best(swarmPlain, ActorBenchmark.plainLoop(swarm, warm));
            swarmActors = best(swarmActors, ActorBenchmark.actors(swarm, settings.config(),
                    settings.cohortSize(), warm));
            pairPlain = best(pairPlain, ActorBenchmark.plainLoop(pair, pairWarm));
            pairActors = best(pairActors, ActorBenchmark.actors(pair, settings.config(), 1,
                    pairWarm));
        }
        out.printf(Locale.ROOT, "best of %d interleaved runs each, %d cores%n", repeats,
                Runtime.getRuntime().availableProcessors());
        out.println("| workload | timed rounds | actors | plain loop | actors / loop |"
                + " same positions |");
        out.println("|---|---|---|---|---|---|");
        overhead(out, walkers + " SGLD walkers, 2-D double well (cohorts of "
                + settings.cohortSize() + ")", swarmActors, swarmPlain);
        overhead(out, "prey-predator pair, modular-arithmetic network", pairActors, pairPlain);
    }

    /** The faster of two timings of the same work (null counts as slowest). */
    private static ActorBenchmark.Timing best(ActorBenchmark.Timing a, ActorBenchmark.Timing b) {
        return a == null || b.seconds() < a.seconds() ? b : a;
    }

    private static void row(PrintWriter out, String name, long messages,
                            ActorBenchmark.Timing t, ActorBenchmark.Timing reference) {
        out.printf(Locale.ROOT, "| %s | %d | %.3g | %.1f | %s |%n", name, messages,
                t.agentStepsPerSecond(), t.nanosPerAgentStep(),
                t.samePositions(reference) ? "yes" : "NO");
    }

    private static void overhead(PrintWriter out, String name, ActorBenchmark.Timing actors,
                                 ActorBenchmark.Timing plain) {
        out.printf(Locale.ROOT, "| %s | %d | %s | %s | %.3f | %s |%n", name, actors.rounds(),
                perRound(actors), perRound(plain), actors.seconds() / plain.seconds(),
                actors.samePositions(plain) ? "yes" : "NO");
    }

    private static String perRound(ActorBenchmark.Timing t) {
        double ms = t.seconds() * 1e3 / t.rounds();
        return String.format(Locale.ROOT, ms < 1 ? "%.3f ms/round" : "%.2f ms/round", ms);
    }

    private static Scheme scheme(String yaml) {
        return SpecLoader.parse("bench", yaml, List.of()).spec().toScheme();
    }
}
