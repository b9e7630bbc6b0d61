package org.huntlab.learn;

/**
 * A set of labelled pairs (a_i, b_i) → y_i = a_i∘b_i mod p: the train or the test part of a
 * {@link ModularArithmetic} dataset.
 *
 * @implNote Immutable: the accessors return copies; the package reads the arrays directly.
 */
public final class Examples {

    final int[] a;
    final int[] b;
    final int[] labels;

    Examples(int[] a, int[] b, int[] labels) {
        if (a.length != b.length || a.length != labels.length) {
            throw new IllegalArgumentException("a, b and labels differ in length: " + a.length
                    + ", " + b.length + ", " + labels.length);
        }
        this.a = a;
        this.b = b;
        this.labels = labels;
    }

    /** The number of examples. */
    public int size() {
        return labels.length;
    }

    /** A copy of the first operands a_i. */
    public int[] a() {
        return a.clone();
    }

    /** A copy of the second operands b_i. */
    public int[] b() {
        return b.clone();
    }

    /** A copy of the labels y_i = a_i∘b_i mod p. */
    public int[] labels() {
        return labels.clone();
    }
}
