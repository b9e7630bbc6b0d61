package org.huntlab.learn;

import java.nio.DoubleBuffer;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link HostLoops} over 64-bit double buffers.
 *
 * @implNote {@link FloatHostLoops} is the same code with {@code double} replaced by
 *     {@code float} and {@link Math#exp} by {@link FastExp}; a change to one belongs in the
 *     other.
 */
final class DoubleHostLoops implements HostLoops {

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
    private final double[] paramHost;
    private final double[] gradHost;
    private final double[] tableHost1;
    private final double[] tableHost2;
    private final double[] rowsA;
    private final double[] rowsB;
    private final double[] columnSums;
    private int correct;

    /** A live view of an ND4J buffer: the cached NIO buffer and the array's offset in it. */
    private record View(DoubleBuffer nio, int offset) {

        static View of(INDArray array) {
            return array == null ? null
                    : new View(array.data().asNioDouble(), (int) array.offset());
        }

        void read(double[] dst, int length) {
            nio.get(offset, dst, 0, length);
        }

        void write(double[] src, int length) {
            nio.put(offset, src, 0, length);
        }

        void write(int at, double[] src, int length) {
            nio.put(offset + at, src, 0, length);
        }
    }

    DoubleHostLoops(Mlp model, int rows, INDArray params, INDArray grad, INDArray t1,
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
        this.paramHost = new double[model.parameterCount()];
        this.gradHost = grad == null ? null : new double[model.parameterCount()];
        this.tableHost1 = new double[tableSize];
        this.tableHost2 = new double[tableSize];
        this.rowsA = new double[rows * widest];
        this.rowsB = new double[rows * widest];
        this.columnSums = new double[widest];
    }

    @Override
    public void loadParameters(double[] x) {
        for (int i = 0; i < paramHost.length; i++) {
            paramHost[i] = x[i];
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
        double[] h = rowsA;
        double[] t1 = tableHost1;
        double[] t2 = tableHost2;
        double[] p = paramHost;
        for (int i = 0; i < rows; i++) {
            int oa = a[i] * w;
            int ob = b[i] * w;
            int oh = i * w;
            if (relu) {
                for (int j = 0; j < w; j++) {
                    h[oh + j] = Math.max(t1[oa + j] + t2[ob + j] + p[bias + j], 0d);
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
        double[] g = rowsB;
        delta[0].read(g, n);
        if (relu) {
            act[0].read(rowsA, n);
            mask(rowsA, g, n);
        }
        double[] d1 = tableHost1;
        double[] d2 = tableHost2;
        Arrays.fill(d1, 0d);
        Arrays.fill(d2, 0d);
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
        double[] db = columnSums;
        Arrays.fill(db, 0, w, 0d);
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
        double[] h = rowsA;
        double[] p = paramHost;
        act[layer].read(h, rows * w);
        for (int i = 0; i < rows; i++) {
            int oh = i * w;
            if (relu) {
                for (int j = 0; j < w; j++) {
                    h[oh + j] = Math.max(h[oh + j] + p[bias + j], 0d);
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
        double[] g = rowsB;
        delta[layer].read(g, n);
        if (relu) {
            act[layer].read(rowsA, n);
            mask(rowsA, g, n);
            delta[layer].write(g, n);
        }
        double[] db = columnSums;
        Arrays.fill(db, 0, w, 0d);
        for (int i = 0; i < rows; i++) {
            int og = i * w;
            for (int j = 0; j < w; j++) {
                db[j] += g[og + j];
            }
        }
        grad.write(model.biasOffset(layer), db, w);
    }

    /** g ← g·[h &gt; 0] for h = ReLU output ≥ +0, branch-free: keep g where h's bits ≠ 0. */
    private static void mask(double[] h, double[] g, int n) {
        for (int k = 0; k < n; k++) {
            long bits = Double.doubleToRawLongBits(h[k]);
            long keep = (bits | -bits) >> 63;
            g[k] = Double.longBitsToDouble(Double.doubleToRawLongBits(g[k]) & keep);
        }
    }

    /** True when z[o + label] is the first maximum of the row, given the row maximum. */
    private static boolean argmaxIs(double[] z, int o, int label, double max) {
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
        double[] z = rowsA;
        double[] e = rowsB;
        act[last].read(z, rows * c);
        double invRows = 1d / rows;
        double total = 0;
        int hits = 0;
        for (int i = 0; i < rows; i++) {
            int o = i * c;
            double max = z[o];
            for (int j = 1; j < c; j++) {
                max = Math.max(max, z[o + j]);
            }
            if (argmaxIs(z, o, labels[i], max)) {
                hits++;
            }
            double sum = 0;
            for (int j = 0; j < c; j++) {
                double v = Math.exp(z[o + j] - max);
                e[o + j] = v;
                sum += v;
            }
            total += Math.log(sum) - (z[o + labels[i]] - max);
            if (gradient) {
                double scale = invRows / sum;
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
        double[] z = rowsA;
        double[] g = rowsB;
        act[last].read(z, rows * c);
        double twoOverRows = 2d / rows;
        double total = 0;
        int hits = 0;
        for (int i = 0; i < rows; i++) {
            int o = i * c;
            double max = z[o];
            for (int j = 1; j < c; j++) {
                max = Math.max(max, z[o + j]);
            }
            if (argmaxIs(z, o, labels[i], max)) {
                hits++;
            }
            double sum = 0;
            for (int j = 0; j < c; j++) {
                double r = z[o + j] - (j == labels[i] ? 1d : 0d);
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
