package org.huntlab.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kernel equals its formula, and rejects parameters outside its documented range. */
class KernelTest {

    /** Each kernel is one or two library calls: only rounding separates it from the formula. */
    private static final double RELATIVE = 1e-13;
    private static final double[] DISTANCES = {0, 0.1, 0.7, 1, 1.5, 3, 8};

    static Stream<Arguments> kernels() {
        return Stream.of(
                Arguments.of("constant", new ConstantKernel(1.5), (DoubleUnaryOperator) r -> 1.5),
                Arguments.of("exponential", new ExponentialKernel(2, 0.5),
                        (DoubleUnaryOperator) r -> 2 * Math.exp(-r / 0.5)),
                Arguments.of("power", new PowerKernel(3, 1.5, 0.2),
                        (DoubleUnaryOperator) r -> 3 * Math.pow(r * r + 0.04, -0.75)),
                Arguments.of("gaussian", new GaussianKernel(2, 0.8),
                        (DoubleUnaryOperator) r -> 2 * Math.exp(-r * r / (2 * 0.64))),
                Arguments.of("morse", new MorseKernel(1.2, 2, 1.5),
                        (DoubleUnaryOperator) r -> 1.2 * (Math.exp(-4 * (r - 1.5))
                                - Math.exp(-2 * (r - 1.5)))),
                Arguments.of("spring", new SpringKernel(0.7, 0.5),
                        (DoubleUnaryOperator) r -> 0.7 * (r - 0.5)),
                Arguments.of("expression", new ExpressionKernel("3*r^2/(1+r) - sqrt(r)"),
                        (DoubleUnaryOperator) r -> 3 * r * r / (1 + r) - Math.sqrt(r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void kernelMatchesItsFormula(String name, Kernel kernel, DoubleUnaryOperator formula) {
        for (double r : DISTANCES) {
            double expected = formula.applyAsDouble(r);
            assertEquals(expected, kernel.at(r), RELATIVE * Math.max(1, Math.abs(expected)),
                    name + " at r = " + r);
        }
    }

    @Test
    void softenedPowerLawTendsToTheBarePowerLawFarOut() {
        PowerKernel k = new PowerKernel(2, 2, 0.01);
        // (r² + ε²)^(−1) = r^(−2)·(1 − ε²/r² + …):
        // relative gap ε²/r² = 1e-6 at r = 10
        assertEquals(2 / 100.0, k.at(10), 2e-6 * 2 / 100.0, "K0·r^(−k) for r ≫ ε");
        assertEquals(2 / 1e-4, k.at(0), 1e-9, "K0·ε^(−k) at contact");
    }

    @Test
    void morseRepelsInsideR0AttractsOutsideAndVanishesAtR0() {
        MorseKernel k = new MorseKernel(1, 2, 1.5);
        assertEquals(0, k.at(1.5), 1e-15, "K(r0) = 0");
        assertTrue(k.at(1.4) > 0, "repulsive core: K > 0 inside r0");
        assertTrue(k.at(1.6) < 0, "attractive tail: K < 0 outside r0");
        double tail = 1.5 + Math.log(2) / 2;
        assertEquals(-0.25, k.at(tail), 1e-12, "the strongest pull is −K0/4 at r0 + ln 2/a");
    }

    @Test
    void springIsHookeanAndSigned() {
        SpringKernel k = new SpringKernel(2, 0);
        assertEquals(3, k.at(1.5), 0, "K = k·r with r0 = 0");
        assertTrue(new SpringKernel(2, 1).at(0.5) < 0, "signed below the rest length");
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("k0", (Executable) () -> new PowerKernel(-1, 2, 0.1)),
                Arguments.of("exponent", (Executable) () -> new PowerKernel(1, 0, 0.1)),
                Arguments.of("softening", (Executable) () -> new PowerKernel(1, 2, 0)),
                Arguments.of("softening", (Executable) () -> new PowerKernel(1, 2, Double.NaN)),
                Arguments.of("k0", (Executable) () -> new GaussianKernel(Double.NaN, 1)),
                Arguments.of("sigma", (Executable) () -> new GaussianKernel(1, -2)),
                Arguments.of("k0", (Executable) () -> new MorseKernel(-0.1, 1, 1)),
                Arguments.of("a", (Executable) () -> new MorseKernel(1, 0, 1)),
                Arguments.of("r0", (Executable) () -> new MorseKernel(1, 1, -1)),
                Arguments.of("k", (Executable) () -> new SpringKernel(-1, 0)),
                Arguments.of("r0", (Executable) () -> new SpringKernel(1,
                        Double.POSITIVE_INFINITY)),
                Arguments.of("formula", (Executable) () -> new ExpressionKernel("2*x")),
                Arguments.of("formula", (Executable) () -> new ExpressionKernel("exp(-r")),
                Arguments.of("formula", (Executable) () -> new ExpressionKernel("log(r-20)")));
    }

    @ParameterizedTest(name = "{0}: {index}")
    @MethodSource("badParameters")
    void badParameterIsRejectedByName(String field, Executable construct) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construct);
        assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    }

    @Test
    void expressionErrorShowsTheFormulaAndThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExpressionKernel("2*exp(-r/s)"));
        assertEquals("formula '2*exp(-r/s)': unknown function or variable 's' at character 10;"
                + " the only variable is r", e.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> new ExpressionKernel("log(r-20)"));
        assertTrue(nan.getMessage().contains("is NaN at r = "), nan.getMessage());
    }

    @Test
    void expressionKernelGivesEachThreadItsOwnCopy() throws Exception {
        ExpressionKernel k = new ExpressionKernel("exp(-r)*r");
        int threads = 4;
        int calls = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> jobs = java.util.stream.IntStream.range(0, threads)
                    .mapToObj(t -> (Callable<Integer>) () -> {
                        int wrong = 0;
                        for (int i = 0; i < calls; i++) {
                            double r = t + i * 1e-4;
                            if (k.at(r) != Math.exp(-r) * r) {
                                wrong++;
                            }
                        }
                        return wrong;
                    }).toList();
            for (Future<Integer> f : pool.invokeAll(jobs)) {
                // a shared exp4j Expression would let threads overwrite each other's r
                assertEquals(0, f.get(), "evaluations that saw another thread's r");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
