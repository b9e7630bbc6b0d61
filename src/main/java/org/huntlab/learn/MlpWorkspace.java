package org.huntlab.learn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Preallocated ND4J buffers and the forward (and backward) pass of an {@link Mlp} over a
 * fixed number of rows.
 *
 * <p>Layer 0 reads the concatenation [E[a], E[b]], so h_0 = E[a]·W_0a + E[b]·W_0b + b_0 with
 * W_0a, W_0b the top and bottom halves of W_0. The products are taken on the V embedding rows
 * before the gather: T1 = E·W_0a and T2 = E·W_0b (V × out_0), then
 * h_0[i] = T1[a_i] + T2[b_i] + b_0. Backward scatter-adds δ_0 into dT1[a_i], dT2[b_i] and
 * takes ∂W_0a = Eᵀ·dT1, ∂W_0b = Eᵀ·dT2, ∂E = dT1·W_0aᵀ + dT2·W_0bᵀ. No one-hot
 * matrix is ever formed. Every matrix product is a BLAS gemm into a preallocated buffer; the
 * element-wise work is in {@link HostLoops}.
 *
 * @implNote Not thread-safe: it is scratch memory for one caller at a time.
 */
final class MlpWorkspace {

    private final Mlp model;
    private final int rows;
    private final boolean withGradient;
    private final int last;
    private final INDArray embedding;
    private final INDArray[] weights;
    private final INDArray weightTop;
    private final INDArray weightBottom;
    private final INDArray embeddingGrad;
    private final INDArray[] weightGrads;
    private final INDArray weightTopGrad;
    private final INDArray weightBottomGrad;
    private final INDArray table1;
    private final INDArray table2;
    private final INDArray tableGrad1;
    private final INDArray tableGrad2;
    private final INDArray[] act;
    private final INDArray[] delta;
    private final HostLoops host;

    /** Buffers for passes over {@code rows} rows; the backward buffers only if asked. */
    MlpWorkspace(Mlp model, int rows, boolean withGradient, Precision precision) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be ≥ 1, got " + rows);
        }
        DataType type = precision.dataType();
        this.model = model;
        this.rows = rows;
        this.withGradient = withGradient;
        this.last = model.layerCount() - 1;
        int vocabulary = model.vocabulary();
        int e = model.embedding();
        int width0 = model.layerOutputs(0);

        INDArray params = Nd4j.create(type, model.parameterCount());
        INDArray grad = withGradient ? Nd4j.create(type, model.parameterCount()) : null;
        embedding = block(params, 0, vocabulary, e);
        embeddingGrad = withGradient ? block(grad, 0, vocabulary, e) : null;
        weights = new INDArray[model.layerCount()];
        weightGrads = new INDArray[model.layerCount()];
        for (int l = 0; l < model.layerCount(); l++) {
            int in = model.layerInputs(l);
            int out = model.layerOutputs(l);
            weights[l] = block(params, model.weightOffset(l), in, out);
            weightGrads[l] = withGradient ? block(grad, model.weightOffset(l), in, out) : null;
        }
        int bottom = model.weightOffset(0) + e * width0;
        weightTop = block(params, model.weightOffset(0), e, width0);
        weightBottom = block(params, bottom, e, width0);
        weightTopGrad = withGradient ? block(grad, model.weightOffset(0), e, width0) : null;
        weightBottomGrad = withGradient ? block(grad, bottom, e, width0) : null;

        table1 = Nd4j.create(type, vocabulary, width0);
        table2 = Nd4j.create(type, vocabulary, width0);
        tableGrad1 = withGradient ? Nd4j.create(type, vocabulary, width0) : null;
        tableGrad2 = withGradient ? Nd4j.create(type, vocabulary, width0) : null;
        act = new INDArray[model.layerCount()];
        delta = new INDArray[model.layerCount()];
        for (int l = 0; l <= last; l++) {
            act[l] = Nd4j.create(type, rows, model.layerOutputs(l));
            if (withGradient) {
                delta[l] = Nd4j.create(type, rows, model.layerOutputs(l));
            }
        }
        host = precision == Precision.FLOAT
                ? new FloatHostLoops(model, rows, params, grad, table1, table2, tableGrad1,
                        tableGrad2, act, delta)
                : new DoubleHostLoops(model, rows, params, grad, table1, table2, tableGrad1,
                        tableGrad2, act, delta);
    }

    /** A rows × cols row-major view of {@code flat} starting at {@code offset}. */
    private static INDArray block(INDArray flat, int offset, int rows, int cols) {
        return flat.get(NDArrayIndex.interval(offset, offset + (long) rows * cols))
                .reshape('c', rows, cols);
    }

    /** The number of rows of a pass. */
    int rows() {
        return rows;
    }

    /**
     * The mean loss of the model with parameters x on the rows (a_i, b_i, y_i); writes its
     * gradient into {@code grad} unless that is null (which a forward-only workspace needs).
     */
    double pass(double[] x, int[] a, int[] b, int[] labels, Loss loss, double[] grad) {
        if (a.length < rows || b.length < rows || labels.length < rows) {
            throw new IllegalArgumentException("a pass needs " + rows + " rows");
        }
        if (grad != null && !withGradient) {
            throw new IllegalStateException("this workspace was built without gradient buffers");
        }
        boolean backward = grad != null;
        host.loadParameters(x);

        Nd4j.gemm(embedding, weightTop, table1, false, false, 1.0, 0.0);
        Nd4j.gemm(embedding, weightBottom, table2, false, false, 1.0, 0.0);
        host.gather(a, b, last > 0);
        for (int l = 1; l <= last; l++) {
            Nd4j.gemm(act[l - 1], weights[l], act[l], false, false, 1.0, 0.0);
            host.addBias(l, l < last);
        }

        double value = loss == Loss.CROSS_ENTROPY ? host.crossEntropy(labels, backward)
                : host.squaredError(labels, backward);
        if (!backward) {
            return value;
        }

        for (int l = last; l >= 1; l--) {
            host.biasGradient(l, l < last);
            Nd4j.gemm(act[l - 1], delta[l], weightGrads[l], true, false, 1.0, 0.0);
            Nd4j.gemm(delta[l], weights[l], delta[l - 1], false, true, 1.0, 0.0);
        }
        host.scatter(a, b, last > 0);
        Nd4j.gemm(embedding, tableGrad1, weightTopGrad, true, false, 1.0, 0.0);
        Nd4j.gemm(embedding, tableGrad2, weightBottomGrad, true, false, 1.0, 0.0);
        Nd4j.gemm(tableGrad1, weightTop, embeddingGrad, false, true, 1.0, 0.0);
        Nd4j.gemm(tableGrad2, weightBottom, embeddingGrad, false, true, 1.0, 1.0);
        host.storeGradient(grad);
        return value;
    }

    /** The number of rows classified correctly (argmax = label) in the last pass. */
    int correct() {
        return host.correct();
    }
}
