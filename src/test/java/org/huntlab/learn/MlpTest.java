package org.huntlab.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.huntlab.dynamics.RandomStreams;
import org.huntlab.landscape.Evaluation;
import org.junit.jupiter.api.Test;

class MlpTest {

    private static final Mlp PAPER = Mlp.forModulus(97, Mlp.DEFAULT_EMBEDDING,
            Mlp.DEFAULT_HIDDEN, Mlp.DEFAULT_INIT_SCALE);

    @Test
    void layoutIsEmbeddingThenWeightAndBiasPerLayer() {
        assertEquals(97 * 128 + 256 * 256 + 256 + 256 * 97 + 97, PAPER.parameterCount());
        assertEquals(103_137, PAPER.parameterCount());
        assertEquals(97 * 128, PAPER.weightOffset(0));
        assertEquals(97 * 128 + 256 * 256, PAPER.biasOffset(0));
        assertEquals(PAPER.biasOffset(0) + 256, PAPER.weightOffset(1));
        assertEquals(PAPER.weightOffset(1) + 256 * 97, PAPER.biasOffset(1));
        assertEquals(2 * 128, PAPER.layerInputs(0));
        assertEquals(97, PAPER.layerOutputs(1));
    }

    @Test
    void stepFlopsCountLayerZeroOnEmbeddingRowsNotOnBatchRows() {
        long layer0 = 12L * 97 * 128 * 256;
        long layer1 = 6L * 4704 * 256 * 97;
        assertEquals(layer0 + layer1, PAPER.stepFlops(4704));
        assertTrue(PAPER.stepFlops(4704) < 0.75e9, "≈ 0.74 GFLOP, not the 2.6 of a naive step");
    }

    @Test
    void initializationHasTheDocumentedScales() {
        double scale = 0.5;
        Mlp model = Mlp.forModulus(97, 128, List.of(256), scale);
        double[] x = model.initialize(RandomStreams.stream(1, "init"));
        // Sample standard deviations of n normal draws are within a few·1/√(2n) relative.
        assertEquals(scale, std(x, 0, model.weightOffset(0)), 0.03 * scale);
        assertEquals(scale / Math.sqrt(256), std(x, model.weightOffset(0),
                model.biasOffset(0)), 0.03 * scale / 16);
        assertEquals(scale / Math.sqrt(256), std(x, model.weightOffset(1),
                model.biasOffset(1)), 0.03 * scale / 16);
        for (int l = 0; l < model.layerCount(); l++) {
            for (int i = model.biasOffset(l); i < model.biasOffset(l) + model.layerOutputs(l);
                    i++) {
                assertEquals(0.0, x[i], "biases start at 0");
            }
        }
    }

    @Test
    void crossEntropyStaysFiniteForHugeLogits() {
        ModularArithmetic data = new ModularArithmetic(11, Operation.SUB, 0.5, 1);
        Mlp model = Mlp.forModulus(11, 8, List.of(16), 1.0);
        LearnedLandscape landscape = new LearnedLandscape(data, model, Loss.CROSS_ENTROPY, 0,
                Precision.FLOAT);
        double[] x = model.initialize(RandomStreams.stream(3, "init"));
        for (int i = model.weightOffset(1); i < model.biasOffset(1); i++) {
            x[i] *= 1e4;
        }
        double[] grad = new double[x.length];
        double loss = landscape.oracle(RandomStreams.stream(3, "o")).gradient(x, grad);
        assertTrue(Double.isFinite(loss) && loss > 100, "logits ~1e4 give a large finite loss, "
                + loss);
        for (double g : grad) {
            assertTrue(Double.isFinite(g));
        }
        Evaluation e = landscape.evaluate(x);
        assertTrue(Double.isFinite(e.testLoss()));
    }

    @Test
    void invalidArchitecturesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Mlp.forModulus(7, 0, List.of(), 1));
        assertThrows(IllegalArgumentException.class, () -> Mlp.forModulus(7, 4, List.of(0), 1));
        assertThrows(IllegalArgumentException.class, () -> Mlp.forModulus(7, 4, List.of(), 0));
    }

    private static double std(double[] x, int from, int to) {
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += x[i] / (to - from);
        }
        double var = 0;
        for (int i = from; i < to; i++) {
            var += (x[i] - mean) * (x[i] - mean) / (to - from);
        }
        return Math.sqrt(var);
    }
}
