package org.huntlab.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.huntlab.dynamics.RandomStreams;
import org.huntlab.landscape.Oracle;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Measures the full-batch gradient step of the paper-sized grokking model (p = 97, add, 50%
 * train, embedding 128, hidden [256], float32) against the sgemm rate of this machine.
 *
 * <p>A benchmark, not a test: wall times depend on the machine and on whatever else runs on
 * it, so the numbers are reported, never asserted. Each repetition runs every gemm of the step
 * once on preallocated operands of the model's shapes, then one step, so that the step and its
 * floor see the same load; the ratio is the median of the per-repetition ratios, and medians
 * are used throughout because a shared machine adds long outliers.
 */
public final class StepBenchmark {

    /** The modulus of the measured task. */
    public static final int MODULUS = 97;
    /** The training fraction of the measured task. */
    public static final double TRAIN_FRACTION = 0.5;
    /** The seed of the split and the initial point. */
    public static final long SEED = 42;
    /** The side of the square reference sgemm. */
    public static final int SQUARE_SIDE = 1024;
    /** Warm-up steps of {@link #main}. */
    public static final int DEFAULT_WARMUP = 20;
    /** Timed steps of {@link #main}. */
    public static final int DEFAULT_REPETITIONS = 50;

    private StepBenchmark() {
    }

    /** Runs {@code warmup} untimed and {@code repetitions} timed steps and gemms of each kind. */
    public static StepCost run(int warmup, int repetitions) {
        if (warmup < 0 || repetitions < 1) {
            throw new IllegalArgumentException("need warmup ≥ 0 and repetitions ≥ 1, got "
                    + warmup + ", " + repetitions);
        }
        ModularArithmetic data = new ModularArithmetic(MODULUS, Operation.ADD, TRAIN_FRACTION,
                SEED);
        Mlp model = Mlp.forModulus(MODULUS, Mlp.DEFAULT_EMBEDDING, Mlp.DEFAULT_HIDDEN,
                Mlp.DEFAULT_INIT_SCALE);
        LearnedLandscape landscape = new LearnedLandscape(data, model, Loss.CROSS_ENTROPY, 0,
                Precision.FLOAT);
        int rows = data.train().size();

        List<Shape> shapes = modelShapes(model, rows);
        List<Operands> operands = new ArrayList<>();
        for (Shape s : shapes) {
            operands.add(new Operands(s));
        }
        Oracle oracle = landscape.oracle(RandomStreams.stream(SEED, "benchmark"));
        double[] x = landscape.initialPoint(RandomStreams.stream(SEED, "init"));
        double[] grad = new double[x.length];
        for (int i = 0; i < warmup; i++) {
            oracle.gradient(x, grad);
            operands.forEach(Operands::multiply);
        }

        double[][] gemmTimes = new double[shapes.size()][repetitions];
        double[] steps = new double[repetitions];
        double[] ratios = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            double floor = 0;
            for (int g = 0; g < shapes.size(); g++) {
                gemmTimes[g][r] = operands.get(g).multiply();
                floor += shapes.get(g).perStep * gemmTimes[g][r];
            }
            long start = System.nanoTime();
            oracle.gradient(x, grad);
            steps[r] = (System.nanoTime() - start) * 1e-9;
            ratios[r] = steps[r] / floor;
        }

        List<StepCost.GemmRate> rates = new ArrayList<>();
        double floor = 0;
        for (int g = 0; g < shapes.size(); g++) {
            Shape s = shapes.get(g);
            double seconds = median(gemmTimes[g]);
            rates.add(new StepCost.GemmRate(s.label, s.m, s.n, s.k, s.perStep, seconds));
            floor += s.perStep * seconds;
        }
        rates.add(reference(new Shape("reference", rows, model.layerOutputs(0),
                model.embedding(), false, false, 0), warmup, repetitions));
        StepCost.GemmRate square = reference(new Shape("reference", SQUARE_SIDE, SQUARE_SIDE,
                SQUARE_SIDE, false, false, 0), warmup, repetitions);
        rates.add(square);

        long flops = model.stepFlops(rows);
        return new StepCost(model, rows, flops, median(steps), min(steps), rates,
                flops / floor / 1e9, square.gflops(), median(ratios), peakResidentBytes());
    }

    /** Runs the benchmark with the default counts and prints its table. */
    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_WARMUP;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_REPETITIONS;
        System.out.print(run(warmup, repetitions).format());
    }

    /** A gemm of the step: C (m × n) = op(A) · op(B) with inner size k, perStep times. */
    private record Shape(String label, int m, int n, int k, boolean transA, boolean transB,
                         int perStep) {
    }

    /** The gemms of {@link MlpWorkspace#pass}, in its order. */
    private static List<Shape> modelShapes(Mlp model, int rows) {
        int v = model.vocabulary();
        int e = model.embedding();
        int w0 = model.layerOutputs(0);
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape("T = E·W0", v, w0, e, false, false, 2));
        for (int l = 1; l < model.layerCount(); l++) {
            int in = model.layerInputs(l);
            int out = model.layerOutputs(l);
            shapes.add(new Shape("h" + l + " = h" + (l - 1) + "·W" + l, rows, out, in, false,
                    false, 1));
            shapes.add(new Shape("dW" + l + " = h" + (l - 1) + "ᵀ·δ" + l, in, out, rows, true,
                    false, 1));
            shapes.add(new Shape("δ" + (l - 1) + " = δ" + l + "·W" + l + "ᵀ", rows, in, out,
                    false, true, 1));
        }
        shapes.add(new Shape("dW0 = Eᵀ·dT", e, w0, v, true, false, 2));
        shapes.add(new Shape("dE = dT·W0ᵀ", v, e, w0, false, true, 2));
        return shapes;
    }

    /** Preallocated random operands of one gemm shape. */
    private static final class Operands {

        private final Shape shape;
        private final INDArray a;
        private final INDArray b;
        private final INDArray c;

        Operands(Shape s) {
            shape = s;
            a = s.transA ? Nd4j.rand(DataType.FLOAT, s.k, s.m)
                    : Nd4j.rand(DataType.FLOAT, s.m, s.k);
            b = s.transB ? Nd4j.rand(DataType.FLOAT, s.n, s.k)
                    : Nd4j.rand(DataType.FLOAT, s.k, s.n);
            c = Nd4j.create(DataType.FLOAT, s.m, s.n);
        }

        /** Runs the product once and returns its wall time in seconds. */
        double multiply() {
            long start = System.nanoTime();
            Nd4j.gemm(a, b, c, shape.transA, shape.transB, 1.0, 0.0);
            return (System.nanoTime() - start) * 1e-9;
        }
    }

    private static StepCost.GemmRate reference(Shape s, int warmup, int repetitions) {
        Operands operands = new Operands(s);
        for (int i = 0; i < warmup; i++) {
            operands.multiply();
        }
        double[] times = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            times[i] = operands.multiply();
        }
        return new StepCost.GemmRate(s.label, s.m, s.n, s.k, 0, median(times));
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** VmHWM of /proc/self/status in bytes, or −1 where there is no such file. */
    static long peakResidentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    String[] parts = line.trim().split("\\s+");
                    return Long.parseLong(parts[1]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
