package org.huntlab.interaction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code nearest: k} and {@code within: radius} pick the sources that act, on a hand-built
 * target at the origin with sources A at distance 1, B at 2 and C at 3, each in its own
 * direction; a constant flee K = 1 moves the target by η per acting source, straight away.
 */
class SourceSelectionTest {

    private static final double ETA = 0.1;
    /** Sums of at most three unit vectors times η: only rounding separates them. */
    private static final double EXACT = 1e-15;

    private static final double[] TARGET = {0, 0};
    private static final Map<String, double[]> POSITIONS = Map.of(
            "A", new double[] {1, 0},
            "B", new double[] {0, 2},
            "C", new double[] {-3, 0},
            "twin", new double[] {0, 0},
            "A2", new double[] {0, -1});
    private static final List<String> ABC = List.of("C", "B", "A");

    private static double[] step(List<String> sources, Aggregation aggregation, int nearest,
                                 double within) {
        Coupling c = new Coupling(sources, Action.FLEE, new ConstantKernel(1), aggregation,
                nearest, within);
        double[] out = new double[2];
        Interaction.accumulate(TARGET, List.of(c), POSITIONS, ETA, out);
        return out;
    }

    @Test
    void nearestOneKeepsOnlyTheClosestSource() {
        assertArrayEquals(new double[] {-ETA, 0},
                step(ABC, Aggregation.SUM, 1, Coupling.UNLIMITED), EXACT, "only A pushes");
    }

    @Test
    void nearestTwoKeepsTheTwoClosest() {
        assertArrayEquals(new double[] {-ETA, -ETA},
                step(ABC, Aggregation.SUM, 2, Coupling.UNLIMITED), EXACT, "A and B push");
    }

    @Test
    void nearestAboveTheSourceCountKeepsAll() {
        assertArrayEquals(new double[] {-ETA + ETA, -ETA},
                step(ABC, Aggregation.SUM, 7, Coupling.UNLIMITED), EXACT, "A, B and C push");
    }

    @Test
    void withinKeepsSourcesStrictlyCloserThanTheRadius() {
        assertArrayEquals(new double[] {-ETA, -ETA},
                step(ABC, Aggregation.SUM, Coupling.EVERY_SOURCE, 2.5), EXACT, "A and B");
        assertArrayEquals(new double[] {-ETA, 0},
                step(ABC, Aggregation.SUM, Coupling.EVERY_SOURCE, 2), EXACT, "B at r = 2 is out");
        assertArrayEquals(new double[] {0, 0},
                step(ABC, Aggregation.MEAN, Coupling.EVERY_SOURCE, 0.5), EXACT, "none acts");
    }

    @Test
    void withinAndNearestCombine() {
        assertArrayEquals(new double[] {0, -ETA},
                step(List.of("C", "B"), Aggregation.SUM, 1, 2.5), EXACT,
                "C is out of range, so B is the nearest that acts");
    }

    @Test
    void meanAveragesOverTheSourcesThatAct() {
        assertArrayEquals(new double[] {-ETA / 2, -ETA / 2},
                step(ABC, Aggregation.MEAN, Coupling.EVERY_SOURCE, 2.5), EXACT,
                "two of three act, so each weighs 1/2");
        assertArrayEquals(new double[] {-ETA, 0},
                step(List.of("twin", "A"), Aggregation.MEAN, Coupling.EVERY_SOURCE,
                        Coupling.UNLIMITED), EXACT,
                "a source on top of the target has no direction and does not act");
    }

    @Test
    void nearestAggregationIgnoresACoincidentSource() {
        assertArrayEquals(new double[] {-ETA, 0},
                step(List.of("twin", "B", "A"), Aggregation.NEAREST, Coupling.EVERY_SOURCE,
                        Coupling.UNLIMITED), EXACT, "A is the nearest source with a direction");
    }

    @Test
    void tiesGoToTheEarlierSource() {
        assertArrayEquals(new double[] {0, ETA},
                step(List.of("A2", "A", "B"), Aggregation.SUM, 1, Coupling.UNLIMITED), EXACT,
                "A2 and A are both at r = 1; A2 comes first");
    }
}
