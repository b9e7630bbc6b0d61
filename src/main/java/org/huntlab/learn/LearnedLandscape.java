package org.huntlab.learn;

import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.commons.rng.UniformRandomProvider;
import org.huntlab.landscape.Evaluation;
import org.huntlab.landscape.Landscape;
import org.huntlab.landscape.Oracle;

/**
 * The loss landscape of a model on a modular-arithmetic dataset: f(x) = the training loss of
 * the {@link Mlp} with parameters x.
 *
 * <p>Each agent's {@link Oracle} owns its own ND4J buffers. With {@code batch = 0} it returns
 * the full-batch gradient; with a minibatch size B it draws batches from the agent's random
 * stream without replacement within an epoch: the training rows are put in a fresh seeded
 * Fisher–Yates order, consecutive blocks of B rows are the batches, and when fewer than B rows
 * are left the remainder is dropped and a new order is drawn, so every batch has exactly B
 * rows.
 *
 * <p>The parameters arrive as {@code double[]} and are copied into the model's native buffers
 * (as floats with {@link Precision#FLOAT}); the gradient is copied back. Gradient, value and
 * evaluation are single-threaded Java loops plus BLAS calls that use ND4J's own thread pool.
 *
 * @implNote Immutable and safe to share: {@link #value} and {@link #evaluate} borrow scratch
 *     buffers from an internal pool (one set per concurrent caller, kept for reuse), and each
 *     oracle has its own. Float gradients of the paper-sized model agree with double ones to
 *     about 3e-7 relative (2-norm, at initialization); accuracy ties (equal top logits) count
 *     the lowest class.
 */
public final class LearnedLandscape implements Landscape {

    private final ModularArithmetic data;
    private final Mlp model;
    private final Loss loss;
    private final int batch;
    private final Precision precision;
    private final ConcurrentLinkedQueue<Evaluator> evaluators = new ConcurrentLinkedQueue<>();

    /**
     * The landscape of {@code model} on {@code data} under {@code loss}; {@code batch} is the
     * minibatch size, 0 for the full training set.
     */
    public LearnedLandscape(ModularArithmetic data, Mlp model, Loss loss, int batch,
                            Precision precision) {
        int p = data.modulus();
        if (model.vocabulary() != p || model.classes() != p) {
            throw new IllegalArgumentException("the model reads " + model.vocabulary()
                    + " tokens and outputs " + model.classes() + " classes, but the dataset"
                    + " has modulus p = " + p + "; both must equal p");
        }
        int trainSize = data.train().size();
        if (batch < 0 || batch > trainSize) {
            throw new IllegalArgumentException("batch must be 0 (full) or in [1, " + trainSize
                    + "] (the training set size), got " + batch);
        }
        this.data = data;
        this.model = model;
        this.loss = loss;
        this.batch = batch;
        this.precision = precision;
    }

    /** The dataset. */
    public ModularArithmetic data() {
        return data;
    }

    /** The model. */
    public Mlp model() {
        return model;
    }

    /** The loss. */
    public Loss loss() {
        return loss;
    }

    /** The minibatch size, 0 for full batch. */
    public int batch() {
        return batch;
    }

    /** The precision of the passes. */
    public Precision precision() {
        return precision;
    }

    @Override
    public int dimension() {
        return model.parameterCount();
    }

    /**
     * Gives each of {@code callers} concurrent gradients cores / callers BLAS threads (at
     * least one): two agents each running two-threaded gemms on two cores spend more time
     * waiting for each other than computing (measured: 50 ms per round of a pair against 27 ms
     * with one thread each).
     *
     * @implNote The BLAS thread count is global to the process: the last run to call this
     *     sets it for all.
     */
    @Override
    public void shareCores(int callers) {
        int cores = Runtime.getRuntime().availableProcessors();
        org.nd4j.linalg.factory.Nd4j.factory().blas()
                .setMaxThreads(Math.max(1, cores / Math.max(1, callers)));
    }

    /** The embedding, then each layer's weights and bias together. */
    @Override
    public int[] blocks() {
        int[] bounds = new int[model.layerCount() + 2];
        for (int l = 0; l < model.layerCount(); l++) {
            bounds[l + 1] = model.weightOffset(l);
        }
        bounds[bounds.length - 1] = model.parameterCount();
        return bounds;
    }

    @Override
    public double value(double[] x) {
        checkDimension(x);
        Evaluator evaluator = borrow();
        try {
            Examples train = data.train();
            return evaluator.train.pass(x, train.a, train.b, train.labels, loss, null);
        } finally {
            evaluators.add(evaluator);
        }
    }

    @Override
    public Evaluation evaluate(double[] x) {
        checkDimension(x);
        Evaluator evaluator = borrow();
        try {
            Examples train = data.train();
            Examples test = data.test();
            double trainLoss = evaluator.train.pass(x, train.a, train.b, train.labels, loss,
                    null);
            double trainAccuracy = (double) evaluator.train.correct() / train.size();
            double testLoss = evaluator.test.pass(x, test.a, test.b, test.labels, loss, null);
            double testAccuracy = (double) evaluator.test.correct() / test.size();
            return new Evaluation(trainLoss, trainAccuracy, testLoss, testAccuracy);
        } finally {
            evaluators.add(evaluator);
        }
    }

    /** A gradient oracle with its own buffers and, for minibatches, its own batch stream. */
    @Override
    public Oracle oracle(UniformRandomProvider rng) {
        return new GradientOracle(rng);
    }

    /** The model's initializer: see {@link Mlp#initialize}. */
    @Override
    public double[] initialPoint(UniformRandomProvider rng) {
        return model.initialize(rng);
    }

    private Evaluator borrow() {
        Evaluator evaluator = evaluators.poll();
        return evaluator != null ? evaluator : new Evaluator();
    }

    private void checkDimension(double[] x) {
        if (x.length != model.parameterCount()) {
            throw new IllegalArgumentException("x has " + x.length + " coordinates, the model "
                    + model.parameterCount());
        }
    }

    /** Forward-only buffers for the training and the test set. */
    private final class Evaluator {

        final MlpWorkspace train = new MlpWorkspace(model, data.train().size(), false,
                precision);
        final MlpWorkspace test = new MlpWorkspace(model, data.test().size(), false,
                precision);
    }

    /** The gradient as seen by one agent. */
    private final class GradientOracle implements Oracle {

        private final UniformRandomProvider rng;
        private final MlpWorkspace workspace;
        private final int[] order;
        private final int[] a;
        private final int[] b;
        private final int[] labels;
        private int cursor;

        GradientOracle(UniformRandomProvider rng) {
            Examples train = data.train();
            this.rng = rng;
            this.workspace = new MlpWorkspace(model, batch == 0 ? train.size() : batch, true,
                    precision);
            if (batch == 0) {
                order = null;
                a = train.a;
                b = train.b;
                labels = train.labels;
            } else {
                order = new int[train.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                cursor = order.length;
                a = new int[batch];
                b = new int[batch];
                labels = new int[batch];
            }
        }

        @Override
        public double gradient(double[] x, double[] grad) {
            checkDimension(x);
            if (order != null) {
                nextBatch();
            }
            return workspace.pass(x, a, b, labels, loss, grad);
        }

        private void nextBatch() {
            if (cursor + batch > order.length) {
                ModularArithmetic.shuffle(order, rng);
                cursor = 0;
            }
            Examples train = data.train();
            for (int i = 0; i < batch; i++) {
                int row = order[cursor + i];
                a[i] = train.a[row];
                b[i] = train.b[row];
                labels[i] = train.labels[row];
            }
            cursor += batch;
        }
    }
}
