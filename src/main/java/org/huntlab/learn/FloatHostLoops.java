package org.huntlab.learn;

import java.nio.FloatBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link HostLoops} over 32-bit float buffers.
 *
 * <p>The exponential of the softmax is {@link FastExp}, in Java, not ND4J's {@code Exp} op:
 * that op runs on libnd4j's OpenMP threads, which keep spinning after it returns and slowed the
 * next BLAS product of the step 2–3 times on 2 cores (measured: ∂W_1 took 9.8 ms after it,
 * 3.7 ms with {@code OMP_WAIT_POLICY=passive} or without the op).
 *
 * @implNote {@link DoubleHostLoops} is the same code with {@code float} replaced by
 *     {@code double} and {@link Math#exp}; a change to one belongs in the other.
 */
final class FloatHostLoops implements HostLoops {

    private final Mlp model;
    private final int rows;
    private final int last;
    private final View params;
    private final View grad;
    private final View table1;
    private final View table2;
    private final View tableGrad1;
    private final View tableGrad2;
    private final View[] act;
    private final View[] delta;
    private final float[] paramHost;
    private final float[] gradHost;
    private final float[] tableHost1;
    private final float[] tableHost2;
    private final float[] rowsA;
    private final float[] rowsB;
    private final float[] columnSums;
    private int correct;

    /** A live view of an ND4J buffer: the cached NIO buffer and the array's offset in it. */
    private record View(FloatBuffer nio, int offset) {

        static View of(INDArray array) {
            return array == null ? null
                    : new View(array.data().asNioFloat(), (int) array.offset());
        }

        void read(float[] dst, int length) {
            nio.get(offset, dst, 0, length);
        }

        void write(float[] src, int length) {
            nio.put(offset, src, 0, length);
        }

        void write(int at, float[] src, int length) {
            nio.put(offset + at, src, 0, length);
        }
    }

    FloatHostLoops(Mlp model, int rows, INDArray params, INDArray grad, INDArray t1,
                   INDArray t2, INDArray dT1, INDArray dT2, INDArray[] act, INDArray[] delta) {
        this.model = model;
        this.rows = rows;
        this.last = model.layerCount() - 1;
        this.params = View.of(params);
        this.grad = View.of(grad);
        this.table1 = View.of(t1);
        this.table2 = View.of(t2);
        this.tableGrad1 = View.of(dT1);
        this.tableGrad2 = View.of(dT2);
        this.act = new View[act.length];
        this.delta = new View[delta.length];
        int widest = 0;
        for (int l = 0; l < act.length; l++) {
            this.act[l] = View.of(act[l]);
            this.delta[l] = View.of(delta[l]);
            widest = Math.max(widest, model.layerOutputs(l));
        }
        int tableSize = model.vocabulary() * model.layerOutputs(0);
        this.paramHost = new float[model.parameterCount()];
        this.gradHost = grad == null ? null : new float[model.parameterCount()];
        this.tableHost1 = new float[tableSize];
        this.tableHost2 = new float[tableSize];
        this.rowsA = new float[rows * widest];
        this.rowsB = new float[rows * widest];
        this.columnSums = new float[widest];
    }

    @Override
    public void loadParameters(double[] x) {
        for (int i = 0; i < paramHost.length; i++) {
            paramHost[i] = (float) x[i];
        }
        params.write(paramHost, paramHost.length);
    }

    @Override
    public void storeGradient(double[] out) {
        grad.read(gradHost, gradHost.length);
        for (int i = 0; i < gradHost.length; i++) {
            out[i] = gradHost[i];
        }
    }

    @Override
    public void gather(int[] a, int[] b, boolean relu) {
        int w = model.layerOutputs(0);
        int bias = model.biasOffset(0);
        table1.read(tableHost1, tableHost1.length);
        table2.read(tableHost2, tableHost2.length);
        float[] h = rowsA;
        float[] t1 = tableHost1;
        float[] t2 = tableHost2;
        float[] p = paramHost;
        for (int i = 0; i < rows; i++) {
            int oa = a[i] * w;
            int ob = b[i] * w;
            int oh = i * w;
            if (relu) {
                for (int j = 0; j < w; j++) {
                    h[oh + j] = Math.max(t1[oa + j] + t2[ob + j] + p[bias + j], 0f);
                }
            } else {
                for (int j = 0; j < w; j++) {
                    h[oh + j] = t1[oa + j] + t2[ob + j] + p[bias + j];
                }
            }
        }
        act[0].write(h, rows * w);
    }

    /** Takes ∂b_0 as the column sums of dT1: Σ_i δ_0[i] = Σ_a dT1[a], V rows instead of n. */
    @Override
    public void scatter(int[] a, int[] b, boolean relu) {
        int w = model.layerOutputs(0);
        int n = rows * w;
        float[] g = rowsB;
        delta[0].read(g, n);
        if (relu) {
            act[0].read(rowsA, n);
            mask(rowsA, g, n);
        }
        float[] d1 = tableHost1;
        float[] d2 = tableHost2;
        Arrays.fill(d1, 0f);
        Arrays.fill(d2, 0f);
        for (int i = 0; i < rows; i++) {
            int oa = a[i] * w;
            int ob = b[i] * w;
            int og = i * w;
            for (int j = 0; j < w; j++) {
                d1[oa + j] += g[og + j];
            }
            for (int j = 0; j < w; j++) {
                d2[ob + j] += g[og + j];
            }
        }
        float[] db = columnSums;
        Arrays.fill(db, 0, w, 0f);
        for (int k = 0; k < d1.length; k += w) {
            for (int j = 0; j < w; j++) {
                db[j] += d1[k + j];
            }
        }
        tableGrad1.write(d1, d1.length);
        tableGrad2.write(d2, d2.length);
        grad.write(model.biasOffset(0), db, w);
    }

    @Override
    public void addBias(int layer, boolean relu) {
        int w = model.layerOutputs(layer);
        int bias = model.biasOffset(layer);
        float[] h = rowsA;
        float[] p = paramHost;
        act[layer].read(h, rows * w);
        for (int i = 0; i < rows; i++) {
            int oh = i * w;
            if (relu) {
                for (int j = 0; j < w; j++) {
                    h[oh + j] = Math.max(h[oh + j] + p[bias + j], 0f);
                }
            } else {
                for (int j = 0; j < w; j++) {
                    h[oh + j] += p[bias + j];
                }
            }
        }
        act[layer].write(h, rows * w);
    }

    @Override
    public void biasGradient(int layer, boolean relu) {
        int w = model.layerOutputs(layer);
        int n = rows * w;
        float[] g = rowsB;
        delta[layer].read(g, n);
        if (relu) {
            act[layer].read(rowsA, n);
            mask(rowsA, g, n);
            delta[layer].write(g, n);
        }
        float[] db = columnSums;
        Arrays.fill(db, 0, w, 0f);
        for (int i = 0; i < rows; i++) {
            int og = i * w;
            for (int j = 0; j < w; j++) {
                db[j] += g[og + j];
            }
        }
        grad.write(model.biasOffset(layer), db, w);
    }

    /** g ← g·[h &gt; 0] for h = ReLU output ≥ +0, branch-free: keep g where h's bits ≠ 0. */
    private static void mask(float[] h, float[] g, int n) {
        for (int k = 0; k < n; k++) {
            int bits = Float.floatToRawIntBits(h[k]);
            int keep = (bits | -bits) >> 31;
            g[k] = Float.intBitsToFloat(Float.floatToRawIntBits(g[k]) & keep);
        }
    }

    /** True when z[o + label] is the first maximum of the row, given the row maximum. */
    private static boolean argmaxIs(float[] z, int o, int label, float max) {
        if (z[o + label] != max) {
            return false;
        }
        for (int j = 0; j < label; j++) {
            if (z[o + j] == max) {
                return false;
            }
        }
        return true;
    }

    @Override
    public double crossEntropy(int[] labels, boolean gradient) {
        int c = model.classes();
        float[] z = rowsA;
        float[] e = rowsB;
        act[last].read(z, rows * c);
        float invRows = 1f / rows;
        double total = 0;
        int hits = 0;
        for (int i = 0; i < rows; i++) {
            int o = i * c;
            float max = z[o];
            for (int j = 1; j < c; j++) {
                max = Math.max(max, z[o + j]);
            }
            if (argmaxIs(z, o, labels[i], max)) {
                hits++;
            }
            double sum = 0;
            for (int j = 0; j < c; j++) {
                float v = FastExp.exp(z[o + j] - max);
                e[o + j] = v;
                sum += v;
            }
            total += Math.log(sum) - (z[o + labels[i]] - max);
            if (gradient) {
                float scale = (float) (invRows / sum);
                for (int j = 0; j < c; j++) {
                    e[o + j] *= scale;
                }
                e[o + labels[i]] -= invRows;
            }
        }
        correct = hits;
        if (gradient) {
            delta[last].write(e, rows * c);
        }
        return total / rows;
    }

    @Override
    public double squaredError(int[] labels, boolean gradient) {
        int c = model.classes();
        float[] z = rowsA;
        float[] g = rowsB;
        act[last].read(z, rows * c);
        float twoOverRows = 2f / rows;
        double total = 0;
        int hits = 0;
        for (int i = 0; i < rows; i++) {
            int o = i * c;
            float max = z[o];
            for (int j = 1; j < c; j++) {
                max = Math.max(max, z[o + j]);
            }
            if (argmaxIs(z, o, labels[i], max)) {
                hits++;
            }
            double sum = 0;
            for (int j = 0; j < c; j++) {
                float r = z[o + j] - (j == labels[i] ? 1f : 0f);
                sum += r * r;
                g[o + j] = twoOverRows * r;
            }
            total += sum;
        }
        correct = hits;
        if (gradient) {
            delta[last].write(g, rows * c);
        }
        return total / rows;
    }

    @Override
    public int correct() {
        return correct;
    }
}
