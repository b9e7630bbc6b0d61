package org.huntlab.learn;

import org.apache.commons.rng.UniformRandomProvider;
import org.huntlab.dynamics.RandomStreams;

/**
 * The grokking dataset of Power et al. (2022): every pair (a, b) of residues mod p labelled
 * with a∘b mod p, split at random into a training and a test part.
 *
 * <p>The pairs are enumerated as (a, b) in lexicographic order (skipping b = 0 for division),
 * shuffled by a Fisher–Yates permutation drawn from {@code RandomStreams.stream(seed, "split")},
 * and the first round(trainFraction·N) go to training, rounding half to even as Python does
 * (0.5·97² = 4704.5 gives 4704 training pairs). The split thus depends only on
 * (p, operation, trainFraction, seed) and is the same on every machine.
 */
public final class ModularArithmetic {

    /** The modulus of the paper's experiments. */
    public static final int DEFAULT_MODULUS = 97;
    /** The name of the random stream the split is drawn from. */
    public static final String SPLIT_STREAM = "split";
    /** The largest modulus whose p² pairs fit in an int index. */
    public static final int MAX_MODULUS = 46_340;

    private final int modulus;
    private final Operation operation;
    private final double trainFraction;
    private final Examples train;
    private final Examples test;

    /**
     * All pairs of {@code operation} mod {@code modulus}, a fraction {@code trainFraction}
     * in (0, 1) of them for training, split with the run seed {@code seed}.
     */
    public ModularArithmetic(int modulus, Operation operation, double trainFraction,
                             long seed) {
        if (modulus < 2 || modulus > MAX_MODULUS) {
            throw new IllegalArgumentException("modulus must be in [2, " + MAX_MODULUS
                    + "], got " + modulus);
        }
        if (operation.requiresPrimeModulus() && !isPrime(modulus)) {
            throw new IllegalArgumentException("operation '" + operation.specName()
                    + "' needs a prime modulus so that every b ≠ 0 has an inverse; p = "
                    + modulus + " is not prime");
        }
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new IllegalArgumentException("trainFraction must be in (0, 1) exclusive, got "
                    + trainFraction);
        }
        this.modulus = modulus;
        this.operation = operation;
        this.trainFraction = trainFraction;

        int[] order = allPairs(modulus, operation);
        shuffle(order, RandomStreams.stream(seed, SPLIT_STREAM));

        int trainSize = (int) Math.rint(trainFraction * order.length);
        if (trainSize < 1 || trainSize > order.length - 1) {
            throw new IllegalArgumentException("trainFraction " + trainFraction + " of "
                    + order.length + " pairs leaves " + trainSize
                    + " for training; both parts need at least one pair");
        }
        this.train = examples(order, 0, trainSize);
        this.test = examples(order, trainSize, order.length);
    }

    /** The modulus p. */
    public int modulus() {
        return modulus;
    }

    /** The operation ∘. */
    public Operation operation() {
        return operation;
    }

    /** The fraction of all pairs used for training. */
    public double trainFraction() {
        return trainFraction;
    }

    /** The training pairs, in the order of the seeded permutation. */
    public Examples train() {
        return train;
    }

    /** The held-out pairs. */
    public Examples test() {
        return test;
    }

    private Examples examples(int[] order, int from, int to) {
        int n = to - from;
        int[] a = new int[n];
        int[] b = new int[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            int pair = order[from + i];
            a[i] = pair / modulus;
            b[i] = pair % modulus;
            y[i] = operation.apply(a[i], b[i], modulus);
        }
        return new Examples(a, b, y);
    }

    private static int[] allPairs(int p, Operation operation) {
        int[] pairs = new int[p * p];
        int n = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                if (operation.admits(b)) {
                    pairs[n++] = a * p + b;
                }
            }
        }
        return java.util.Arrays.copyOf(pairs, n);
    }

    /** Fisher–Yates: for i = n−1 … 1 swap v[i] with v[j], j uniform in [0, i]. */
    static void shuffle(int[] v, UniformRandomProvider rng) {
        for (int i = v.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
