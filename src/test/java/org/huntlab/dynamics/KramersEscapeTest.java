package org.huntlab.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.huntlab.landscape.DoubleWell;
import org.junit.jupiter.api.Test;

/**
 * SGLD walkers on the 1-D double well f = ΔE·((x/a)² − 1)² escape at Kramers' rate
 * k = (√(f''(min)·|f''(saddle)|)/2π)·e^(−ΔE/θ), with f''(min) = 8ΔE/a² and
 * f''(saddle) = −4ΔE/a².
 *
 * <p>The rate is measured as 1/T, T the mean first-passage time (in units of t = α·steps) from
 * the left minimum x = −a to x ≥ +a/2. Kramers' k is the rate of crossing the barrier for good:
 * the passage time to the saddle top x = 0 is about 1/(2k) (a walker on the top falls back half the
 * time), while x = a/2 lies two saddle widths √(θ/|f''(saddle)|) = a/(2√(ΔE/θ)) past the top
 * at ΔE/θ = 4, so a walker there has committed to the right well and T ≈ 1/k. The few time
 * units of relaxation inside the wells are small against 1/k ≈ 22 to 165.
 */
class KramersEscapeTest {

    private static final double BARRIER = 1.0;
    private static final double SEPARATION = 1.0;
    /** The end of a passage: half-way down into the right well. */
    private static final double GOAL = SEPARATION / 2;
    /** The SGLD step α: α·f''(min) = 0.008, so the Euler–Maruyama bias on T is about 1%. */
    private static final double LR = 1e-3;
    /** Walkers per temperature: T is exponentially distributed, so 1/√1000 ≈ 3% error on T. */
    private static final int WALKERS = 1000;
    private static final long SEED = 17;
    /** ΔE/θ at which the rate is measured: rare enough for Kramers, fast enough to simulate. */
    private static final double[] BARRIER_OVER_THETA = {3, 4, 5};
    /**
     * Kramers' formula is the leading term in θ/ΔE: at ΔE/θ = 3–5 the exact 1-D passage time
     * to a/2 (a double integral of e^(±f/θ)) is 1.08–1.09/k, so the true rate lies 8% below the
     * formula; with 3% statistical error per temperature, 15% holds it with room to spare.
     */
    private static final double RATE_TOLERANCE = 0.15;
    /** The slope of ln k against 1/θ is −ΔE; its fit over three temperatures is ±2% (1σ). */
    private static final double SLOPE_TOLERANCE = 0.10;
    /** A walker still in the left well after this many mean passage times signals a bug. */
    private static final double PATIENCE = 40;

    private final DoubleWell well = new DoubleWell(1, BARRIER, SEPARATION);

    @Test
    void walkersEscapeAtKramersRateWithArrheniusSlope() {
        SimpleRegression arrhenius = new SimpleRegression();
        StringBuilder table = new StringBuilder();
        for (double b : BARRIER_OVER_THETA) {
            double theta = BARRIER / b;
            double kramers = kramersRate(theta);
            double rate = 1 / meanPassageTime(theta, kramers);
            table.append(String.format("%nΔE/θ = %.0f: rate %.5f, Kramers %.5f, ratio %.3f",
                    b, rate, kramers, rate / kramers));
            assertEquals(kramers, rate, RATE_TOLERANCE * kramers,
                    "escape rate at ΔE/θ = " + b + table);
            arrhenius.addData(1 / theta, Math.log(rate));
        }
        assertEquals(-BARRIER, arrhenius.getSlope(), SLOPE_TOLERANCE * BARRIER,
                "Arrhenius slope d ln k / d(1/θ) = −ΔE" + table);
    }

    private double kramersRate(double theta) {
        double curvatureMin = 8 * BARRIER / (SEPARATION * SEPARATION);
        double curvatureSaddle = 4 * BARRIER / (SEPARATION * SEPARATION);
        return Math.sqrt(curvatureMin * curvatureSaddle) / (2 * Math.PI)
                * Math.exp(-BARRIER / theta);
    }

    /** The mean over independent walkers (own seeded streams, summed in walker order). */
    private double meanPassageTime(double theta, double kramers) {
        long cap = (long) (PATIENCE / (kramers * LR));
        double[] times = IntStream.range(0, WALKERS).parallel()
                .mapToDouble(w -> passageTime(theta, w, cap)).toArray();
        double sum = 0;
        for (double t : times) {
            assertTrue(Double.isFinite(t), "a walker never crossed at θ = " + theta);
            sum += t;
        }
        return sum / WALKERS;
    }

    private double passageTime(double theta, int walker, long cap) {
        Sgld sgld = new Sgld(LR, theta,
                RandomStreams.stream(SEED, "kramers/" + theta + "/" + walker));
        double[] x = {-SEPARATION};
        double[] grad = new double[1];
        for (long step = 1; step <= cap; step++) {
            well.gradient(x, grad);
            sgld.step(x, grad);
            if (x[0] >= GOAL) {
                return step * LR;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
