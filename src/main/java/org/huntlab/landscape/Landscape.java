package org.huntlab.landscape;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A potential f: R^d → R shared by every agent of a hunt, with its gradient.
 *
 * @implNote Implementations are immutable and safe to share between agents; anything that
 *     needs scratch memory or a minibatch stream lives in the per-agent {@link Oracle}.
 */
public interface Landscape {

    /** The number of coordinates d of a point. */
    int dimension();

    /** The value f(x) (the full training loss for a learned landscape). */
    double value(double[] x);

    /** A gradient evaluator owned by one agent, drawing minibatches from {@code rng}. */
    Oracle oracle(UniformRandomProvider rng);

    /** A seeded random starting point, distributed as this landscape's initializer says. */
    double[] initialPoint(UniformRandomProvider rng);

    /**
     * The boundaries of this landscape's parameter blocks (a network's layers), from 0 to the
     * dimension; one block for an analytic landscape.
     */
    default int[] blocks() {
        return new int[] {0, dimension()};
    }

    /**
     * Tells the landscape that {@code callers} agents will ask for gradients at the same
     * time, so that a multi-threaded gradient can share the cores instead of oversubscribing
     * them; analytic landscapes ignore it.
     */
    default void shareCores(int callers) {
    }

    /** Train and test loss and accuracy at x; an analytic landscape reports only f(x). */
    default Evaluation evaluate(double[] x) {
        return Evaluation.ofLoss(value(x));
    }
}
