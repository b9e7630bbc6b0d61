package org.huntlab.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.huntlab.dynamics.RandomStreams;
import org.huntlab.landscape.Evaluation;
import org.huntlab.landscape.Oracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LearnedLandscapeTest {

    /** Central differences in double have error O(h²·f''') + O(ε/h); h = 1e-5 balances both. */
    private static final double STEP = 1e-5;
    /** The required agreement of analytic and finite-difference gradients in double. */
    private static final double GRADIENT_TOLERANCE = 1e-6;
    /** Float32 rounding (ε ≈ 6e-8) accumulated over sums of a few thousand terms. */
    private static final double FLOAT_TOLERANCE = 1e-4;

    private static LearnedLandscape small(Loss loss, List<Integer> hidden, int batch,
                                          Precision precision) {
        ModularArithmetic data = new ModularArithmetic(7, Operation.ADD, 0.6, 3);
        return new LearnedLandscape(data, Mlp.forModulus(7, 4, hidden, 1.0), loss, batch,
                precision);
    }

    /** |g − fd| / max(|g| + |fd|, floor): relative where the gradient is not tiny. */
    private static double relativeError(double g, double fd) {
        return Math.abs(g - fd) / Math.max(Math.abs(g) + Math.abs(fd), 1e-6);
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void gradientMatchesCentralDifferences(Loss loss) {
        for (List<Integer> hidden : List.of(List.of(5, 3), List.<Integer>of())) {
            LearnedLandscape landscape = small(loss, hidden, 0, Precision.DOUBLE);
            double[] x = landscape.initialPoint(RandomStreams.stream(1, "init"));
            double[] grad = new double[x.length];
            double value = landscape.oracle(RandomStreams.stream(1, "oracle"))
                    .gradient(x, grad);
            assertEquals(landscape.value(x), value, 1e-12, "oracle loss equals value(x)");

            double worst = 0;
            for (int i = 0; i < x.length; i++) {
                double keep = x[i];
                x[i] = keep + STEP;
                double up = landscape.value(x);
                x[i] = keep - STEP;
                double down = landscape.value(x);
                x[i] = keep;
                worst = Math.max(worst, relativeError(grad[i], (up - down) / (2 * STEP)));
            }
            assertTrue(worst < GRADIENT_TOLERANCE, loss + " hidden " + hidden
                    + ": worst relative error " + worst + " over all " + x.length
                    + " coordinates");
        }
    }

    @ParameterizedTest
    @EnumSource(Loss.class)
    void floatGradientAgreesWithDoubleOnPaperSizedModel(Loss loss) {
        ModularArithmetic data = new ModularArithmetic(97, Operation.ADD, 0.5, 42);
        Mlp model = Mlp.forModulus(97, 128, List.of(256), 1.0);
        LearnedLandscape fast = new LearnedLandscape(data, model, loss, 0, Precision.FLOAT);
        LearnedLandscape exact = new LearnedLandscape(data, model, loss, 0, Precision.DOUBLE);
        double[] x = model.initialize(RandomStreams.stream(7, "init"));
        double[] gf = new double[x.length];
        double[] gd = new double[x.length];
        double lf = fast.oracle(RandomStreams.stream(7, "a")).gradient(x, gf);
        double ld = exact.oracle(RandomStreams.stream(7, "b")).gradient(x, gd);

        double diff = 0;
        double norm = 0;
        for (int i = 0; i < x.length; i++) {
            diff += (gf[i] - gd[i]) * (gf[i] - gd[i]);
            norm += gd[i] * gd[i];
        }
        double relative = Math.sqrt(diff / norm);
        assertTrue(relative < FLOAT_TOLERANCE,
                "‖g_float − g_double‖/‖g_double‖ = " + relative);
        assertEquals(ld, lf, FLOAT_TOLERANCE * Math.abs(ld), "loss");
    }

    @Test
    void gradientDescentMemorizesTheTrainingSet() {
        ModularArithmetic data = new ModularArithmetic(11, Operation.ADD, 0.5, 5);
        Mlp model = Mlp.forModulus(11, 16, List.of(32), 1.0);
        LearnedLandscape landscape = new LearnedLandscape(data, model, Loss.CROSS_ENTROPY, 0,
                Precision.FLOAT);
        double[] x = landscape.initialPoint(RandomStreams.stream(5, "init"));
        double[] grad = new double[x.length];
        Oracle oracle = landscape.oracle(RandomStreams.stream(5, "oracle"));
        double rate = 0.5;
        double first = oracle.gradient(x, grad);
        for (int step = 0; step < 400; step++) {
            oracle.gradient(x, grad);
            for (int i = 0; i < x.length; i++) {
                x[i] -= rate * grad[i];
            }
        }
        Evaluation evaluation = landscape.evaluate(x);
        assertEquals(1.0, evaluation.trainAccuracy(), "train accuracy after 400 steps; loss "
                + first + " → " + evaluation.trainLoss());
        assertTrue(evaluation.trainLoss() < 0.1 * first, "loss " + first + " → "
                + evaluation.trainLoss());
    }

    @Test
    void minibatchesAreSeededAndOneEpochCoversEveryTrainingRowOnce() {
        ModularArithmetic data = new ModularArithmetic(7, Operation.MUL, 0.5, 4);
        Mlp model = Mlp.forModulus(7, 4, List.of(5), 1.0);
        int batch = 6;
        int trainSize = data.train().size();
        assertEquals(0, trainSize % batch, "24 = rint(0.5·49) rows make 4 whole batches");
        LearnedLandscape minibatch = new LearnedLandscape(data, model, Loss.CROSS_ENTROPY,
                batch, Precision.DOUBLE);
        LearnedLandscape full = new LearnedLandscape(data, model, Loss.CROSS_ENTROPY, 0,
                Precision.DOUBLE);
        double[] x = model.initialize(RandomStreams.stream(2, "init"));
        double[] g1 = new double[x.length];
        double[] g2 = new double[x.length];

        Oracle first = minibatch.oracle(RandomStreams.stream(2, "agent"));
        Oracle second = minibatch.oracle(RandomStreams.stream(2, "agent"));
        for (int step = 0; step < 5; step++) {
            assertEquals(first.gradient(x, g1), second.gradient(x, g2), 0.0);
            assertArrayEquals(g1, g2, 0.0, "same stream, same batches");
        }

        Oracle oracle = minibatch.oracle(RandomStreams.stream(3, "agent"));
        int batches = trainSize / batch;
        double[] mean = new double[x.length];
        double meanLoss = 0;
        for (int k = 0; k < batches; k++) {
            meanLoss += oracle.gradient(x, g1) / batches;
            for (int i = 0; i < x.length; i++) {
                mean[i] += g1[i] / batches;
            }
        }
        double fullLoss = full.oracle(RandomStreams.stream(3, "full")).gradient(x, g2);
        assertEquals(fullLoss, meanLoss, 1e-12, "equal batches average to the full loss");
        assertArrayEquals(g2, mean, 1e-12, "and to the full gradient");
    }

    @Test
    void oraclesAndEvaluationsOnSeparateThreadsAgreeWithSequentialOnes() throws Exception {
        ModularArithmetic data = new ModularArithmetic(23, Operation.SUB, 0.5, 8);
        Mlp model = Mlp.forModulus(23, 16, List.of(32), 1.0);
        LearnedLandscape landscape = new LearnedLandscape(data, model, Loss.CROSS_ENTROPY, 0,
                Precision.DOUBLE);
        double[] x = model.initialize(RandomStreams.stream(8, "init"));
        double[] expected = new double[x.length];
        double expectedLoss = landscape.oracle(RandomStreams.stream(8, "o")).gradient(x,
                expected);
        Evaluation expectedEvaluation = landscape.evaluate(x);

        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    Oracle oracle = landscape.oracle(RandomStreams.stream(8, "o"));
                    double[] grad = new double[x.length];
                    boolean same = true;
                    for (int k = 0; k < 20; k++) {
                        same &= Math.abs(oracle.gradient(x, grad) - expectedLoss) < 1e-12;
                        for (int i = 0; i < grad.length; i++) {
                            same &= Math.abs(grad[i] - expected[i]) < 1e-12;
                        }
                        same &= landscape.evaluate(x).equals(expectedEvaluation);
                    }
                    return same;
                }));
            }
            for (var result : results) {
                assertTrue(result.get(), "a concurrent oracle or evaluation differed");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @EnumSource(Precision.class)
    void zeroParametersGiveUniformLossesAndPredictTheLowestClass(Precision precision) {
        ModularArithmetic data = new ModularArithmetic(13, Operation.QUADRATIC_FORM, 0.5, 6);
        Mlp model = Mlp.forModulus(13, 4, List.of(6), 1.0);
        double[] zero = new double[model.parameterCount()];
        int[] labels = data.train().labels();
        int zeros = 0;
        for (int y : labels) {
            zeros += y == 0 ? 1 : 0;
        }
        // All logits 0: softmax is uniform, so L = ln p;
        // squared error is Σ_c (0 − [c = y])² = 1.
        Evaluation ce = new LearnedLandscape(data, model, Loss.CROSS_ENTROPY, 0, precision)
                .evaluate(zero);
        Evaluation mse = new LearnedLandscape(data, model, Loss.MSE, 0, precision)
                .evaluate(zero);
        double tolerance = precision == Precision.FLOAT ? 1e-6 : 1e-14;
        assertEquals(Math.log(13), ce.trainLoss(), tolerance);
        assertEquals(1.0, mse.trainLoss(), tolerance);
        assertEquals((double) zeros / labels.length, ce.trainAccuracy(), 0.0,
                "ties go to class 0");
    }

    @Test
    void mismatchedModelAndBadBatchAreRejected() {
        ModularArithmetic data = new ModularArithmetic(7, Operation.ADD, 0.5, 1);
        var tooMany = assertThrows(IllegalArgumentException.class, () -> new LearnedLandscape(
                data, new Mlp(7, 4, List.of(5), 8, 1.0), Loss.MSE, 0, Precision.DOUBLE));
        assertTrue(tooMany.getMessage().contains("p = 7"), tooMany.getMessage());
        var batch = assertThrows(IllegalArgumentException.class, () -> new LearnedLandscape(
                data, Mlp.forModulus(7, 4, List.of(5), 1.0), Loss.MSE, 1000, Precision.DOUBLE));
        assertTrue(batch.getMessage().contains("batch"), batch.getMessage());
    }

    @Test
    void evaluationReportsAccuracyAsFractionOfRows() {
        LearnedLandscape landscape = small(Loss.MSE, List.of(5), 0, Precision.DOUBLE);
        double[] x = landscape.initialPoint(RandomStreams.stream(9, "init"));
        Evaluation e = landscape.evaluate(x);
        int trainSize = landscape.data().train().size();
        int testSize = landscape.data().test().size();
        double trainHits = e.trainAccuracy() * trainSize;
        double testHits = e.testAccuracy() * testSize;
        assertEquals(Math.rint(trainHits), trainHits, 1e-9);
        assertEquals(Math.rint(testHits), testHits, 1e-9);
        assertEquals(landscape.value(x), e.trainLoss(), 0.0);
        assertNotEquals(e.trainLoss(), e.testLoss());
    }
}
