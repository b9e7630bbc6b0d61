package org.huntlab.interaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.huntlab.learn.LearnedLandscape;
import org.huntlab.learn.Loss;
import org.huntlab.learn.Mlp;
import org.huntlab.learn.ModularArithmetic;
import org.huntlab.learn.Operation;
import org.huntlab.learn.Precision;
import org.junit.jupiter.api.Test;

/** Per-layer distance: each block flees with its own r and its own direction. */
class PerLayerInteractionTest {

    private static final Coupling FLEE = new Coupling(List.of("wolf"), Action.FLEE,
            new ExponentialKernel(2.0, 1.0), Aggregation.SUM);

    @Test
    void eachBlockUsesItsOwnDistance() {
        double[] prey = {0, 0, 0, 0, 0};
        double[] wolf = {-3, -4, 0, 0, -1};
        double[] push = new double[5];
        Interaction.accumulateByBlock(prey, List.of(FLEE), Map.of("wolf", wolf), 0.1, push,
                new int[] {0, 2, 5});
        // block [0,2): r = 5, e = (3, 4)/5; block [2,5): r = 1, e = (0, 0, 1)
        double first = 0.1 * 2 * Math.exp(-5);
        double second = 0.1 * 2 * Math.exp(-1);
        assertArrayEquals(new double[] {first * 0.6, first * 0.8, 0, 0, second}, push, 1e-15);
        double[] whole = new double[5];
        Interaction.accumulate(prey, List.of(FLEE), Map.of("wolf", wolf), 0.1, whole);
        double r = Math.sqrt(26);
        assertEquals(0.1 * 2 * Math.exp(-r) / r * 1, whole[4], 1e-15, "one block: r = √26");
    }

    @Test
    void networkBlocksAreTheEmbeddingAndEachLayer() {
        Mlp mlp = Mlp.forModulus(7, 4, List.of(5), 1.0);
        LearnedLandscape net = new LearnedLandscape(new ModularArithmetic(7, Operation.ADD,
                0.5, 1), mlp, Loss.CROSS_ENTROPY, 0, Precision.DOUBLE);
        // E: 7·4 = 28; layer 0: 8·5 + 5 = 45; layer 1: 5·7 + 7 = 42
        assertArrayEquals(new int[] {0, 28, 73, 115}, net.blocks());
        assertEquals(115, net.dimension());
    }
}
