package org.huntlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.huntlab.hunt.PairTheory;
import org.huntlab.hunt.Scheme;
import org.junit.jupiter.api.Test;

/** The swarm specs in simulations/ load without warnings and resolve to the schemes described. */
class ReadySimulationsTest {

    private static Scheme load(String name) {
        LoadedSpec loaded = SpecLoader.load(Path.of("simulations", name), List.of());
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
        return loaded.spec().toScheme();
    }

    @Test
    void packIsThreePredatorsOnOnePrey() {
        Scheme pack = load("pack.yaml");
        assertEquals(List.of("wolf-1", "wolf-2", "wolf-3"), pack.agent("prey").sources());
        assertEquals(List.of("prey"), pack.agent("wolf-2").sources());
    }

    @Test
    void chainLinksPreyPredatorAndSuperPredator() {
        Scheme chain = load("chain.yaml");
        assertEquals(List.of("wolf"), chain.agent("prey").sources());
        assertEquals(List.of("prey", "bear"), chain.agent("wolf").sources());
        assertEquals(List.of("wolf"), chain.agent("bear").sources());
    }

    @Test
    void swarmIsAThousandFreeWalkers() {
        Scheme swarm = load("swarm.yaml");
        assertEquals(1000, swarm.agents().size());
        assertTrue(swarm.agents().stream().allMatch(a -> a.couplings().isEmpty()));
    }

    @Test
    void pairsAreTwentyIndependentPairsWithTheirTheory() {
        Scheme pairs = load("pairs.yaml");
        assertEquals(40, pairs.agents().size());
        List<PairTheory> theory = PairTheory.of(pairs);
        assertEquals(20, theory.size(), "each prey-k flees only wolf-k, which chases it back");
        // r* = σ·ln(U0/V0) = ln 2 for every pair
        theory.forEach(t -> assertEquals(Math.log(2), t.distance(), 1e-12));
    }
}
