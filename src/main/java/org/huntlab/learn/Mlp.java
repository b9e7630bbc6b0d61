package org.huntlab.learn;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A multilayer perceptron on a pair of tokens: logits z = MLP([E[a], E[b]]).
 *
 * <p>A token embedding E (vocabulary × embedding) is shared by both operands; the two
 * embeddings are concatenated into a vector of 2·embedding; then come dense layers
 * h ← ReLU(h·W_l + b_l) of the given hidden widths and a linear output layer z = h·W_L + b_L
 * over the classes. Layer 0 is the one that reads the concatenated embeddings.
 *
 * <p>Flat parameter layout, in this order: E (vocabulary × embedding, row-major), then for
 * each layer l = 0 … L: W_l (inputs × outputs, row-major) followed by b_l (outputs).
 *
 * <p>Initialization, all multiplied by {@code initScale}: E ~ N(0, 1), W_l ~ N(0, 1/fan_in)
 * (LeCun normal, fan_in = the layer's inputs), b_l = 0.
 *
 * @implNote Immutable; it describes the architecture and the layout, and holds no weights.
 */
public final class Mlp {

    /** The embedding width of the paper-sized model. */
    public static final int DEFAULT_EMBEDDING = 128;
    /** The hidden widths of the paper-sized model. */
    public static final List<Integer> DEFAULT_HIDDEN = List.of(256);
    /** The default multiplier of the initial weights. */
    public static final double DEFAULT_INIT_SCALE = 1.0;

    private final int vocabulary;
    private final int embedding;
    private final List<Integer> hidden;
    private final int classes;
    private final double initScale;
    private final int[] inputs;
    private final int[] outputs;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int parameterCount;

    /**
     * An MLP reading tokens in [0, vocabulary), with embedding width {@code embedding},
     * hidden widths {@code hidden} (may be empty) and {@code classes} output logits.
     */
    public Mlp(int vocabulary, int embedding, List<Integer> hidden, int classes,
               double initScale) {
        if (vocabulary < 1 || embedding < 1 || classes < 1) {
            throw new IllegalArgumentException("vocabulary, embedding and classes must be ≥ 1,"
                    + " got " + vocabulary + ", " + embedding + ", " + classes);
        }
        for (int width : hidden) {
            if (width < 1) {
                throw new IllegalArgumentException("hidden widths must be ≥ 1, got " + hidden);
            }
        }
        if (!(initScale > 0) || !Double.isFinite(initScale)) {
            throw new IllegalArgumentException("initScale must be finite and > 0, got "
                    + initScale);
        }
        this.vocabulary = vocabulary;
        this.embedding = embedding;
        this.hidden = List.copyOf(hidden);
        this.classes = classes;
        this.initScale = initScale;

        int layers = hidden.size() + 1;
        inputs = new int[layers];
        outputs = new int[layers];
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        long offset = (long) vocabulary * embedding;
        for (int l = 0; l < layers; l++) {
            inputs[l] = l == 0 ? 2 * embedding : hidden.get(l - 1);
            outputs[l] = l == layers - 1 ? classes : hidden.get(l);
            weightOffsets[l] = (int) offset;
            offset += (long) inputs[l] * outputs[l];
            biasOffsets[l] = (int) offset;
            offset += outputs[l];
            if (offset > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the model has more than 2³¹ parameters");
            }
        }
        this.parameterCount = (int) offset;
    }

    /** The MLP for a modulus-p task: vocabulary and classes both p. */
    public static Mlp forModulus(int modulus, int embedding, List<Integer> hidden,
                                 double initScale) {
        return new Mlp(modulus, embedding, hidden, modulus, initScale);
    }

    /** The number of tokens (rows of E). */
    public int vocabulary() {
        return vocabulary;
    }

    /** The embedding width e (columns of E). */
    public int embedding() {
        return embedding;
    }

    /** The hidden widths, first to last. */
    public List<Integer> hidden() {
        return hidden;
    }

    /** The number of output logits. */
    public int classes() {
        return classes;
    }

    /** The multiplier of the initial weights. */
    public double initScale() {
        return initScale;
    }

    /** The number of parameters d = V·e + Σ_l (in_l·out_l + out_l). */
    public int parameterCount() {
        return parameterCount;
    }

    /** The number of weight layers L + 1 (hidden layers plus the output layer). */
    public int layerCount() {
        return inputs.length;
    }

    /** The input width of layer l (2·embedding for layer 0). */
    public int layerInputs(int layer) {
        return inputs[layer];
    }

    /** The output width of layer l (classes for the last layer). */
    public int layerOutputs(int layer) {
        return outputs[layer];
    }

    /** The offset of W_l in the flat parameter vector (E starts at 0). */
    public int weightOffset(int layer) {
        return weightOffsets[layer];
    }

    /** The offset of b_l in the flat parameter vector. */
    public int biasOffset(int layer) {
        return biasOffsets[layer];
    }

    /** A seeded initial parameter vector, distributed as the class Javadoc says. */
    public double[] initialize(UniformRandomProvider rng) {
        var gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] x = new double[parameterCount];
        int embeddingSize = vocabulary * embedding;
        for (int i = 0; i < embeddingSize; i++) {
            x[i] = initScale * gauss.sample();
        }
        for (int l = 0; l < layerCount(); l++) {
            double sd = initScale / Math.sqrt(inputs[l]);
            int end = weightOffsets[l] + inputs[l] * outputs[l];
            for (int i = weightOffsets[l]; i < end; i++) {
                x[i] = sd * gauss.sample();
            }
        }
        return x;
    }

    /**
     * The matrix-multiply FLOPs of one forward and backward pass over {@code rows} examples,
     * 12·V·e·out_0 for layer 0 (applied to the V embedding rows before the gather) plus
     * 6·rows·in_l·out_l for each later layer; element-wise work (O(rows·width)) is not counted.
     */
    public long stepFlops(int rows) {
        long flops = 12L * vocabulary * embedding * outputs[0];
        for (int l = 1; l < layerCount(); l++) {
            flops += 6L * rows * inputs[l] * outputs[l];
        }
        return flops;
    }

    @Override
    public String toString() {
        return "Mlp[vocabulary=" + vocabulary + ", embedding=" + embedding + ", hidden="
                + hidden + ", classes=" + classes + ", initScale=" + initScale
                + ", parameters=" + parameterCount + "]";
    }
}
