package org.huntlab.landscape;

/**
 * The gradient of a landscape as seen by one agent.
 *
 * @implNote Not thread-safe: an oracle keeps scratch buffers and a minibatch stream, and is
 *     owned by exactly one agent.
 */
@FunctionalInterface
public interface Oracle {

    /** Writes ∇f(x) (or its minibatch estimate) into {@code grad} and returns the loss at x. */
    double gradient(double[] x, double[] grad);
}
